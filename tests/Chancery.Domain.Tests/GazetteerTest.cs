namespace Chancery.Domain.Tests;

public sealed class GazetteerTest
{
    private static readonly Gazetteer Places = new(
    [
        new City("Hanoi", new ActorId("VN"), 1_431_270) { AlternateNames = ["Ha Noi"] },
        new City("Brasília", new ActorId("BR"), 2_207_718),
        new City("Santiago", new ActorId("CL"), 4_837_295),
        new City("Santiago", new ActorId("BR"), 46_611),
    ]);

    [Theory]
    [InlineData("Hanoi", "VN")]
    [InlineData("HA NOI", "VN")]
    [InlineData("Brasilia", "BR")]
    [InlineData("  brasília ", "BR")]
    public void Names_are_found_whatever_their_case_accents_or_spacing(string name, string country) =>
        Places.Resolve(name)!.Country.ShouldBe(new ActorId(country));

    [Fact]
    public void A_shared_name_means_the_most_populous_place_unless_a_country_is_expected()
    {
        Places.Lookup("Santiago").Count.ShouldBe(2);
        Places.Resolve("Santiago")!.Country.ShouldBe(new ActorId("CL"));
        Places.Resolve("Santiago", new ActorId("BR"))!.Population.ShouldBe(46_611);
    }

    [Fact]
    public void An_unknown_name_resolves_to_nothing() => Places.Resolve("Atlantis").ShouldBeNull();
}
