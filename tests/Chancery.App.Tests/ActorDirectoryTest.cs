using Chancery.Domain;
using Chancery.ReferenceData;

namespace Chancery.App.Tests;

public sealed class ActorDirectoryTest
{
    private static readonly ActorDirectory Actors = new(ReferenceCatalog.Default.Actors);

    [Theory]
    [InlineData("RU", "RU")]
    [InlineData("ru", "RU")]
    [InlineData("Russia", "RU")]
    [InlineData("the Russian Federation", "RU")]
    [InlineData("viet nam", "VN")]
    [InlineData("IN", "IN")]
    [InlineData("India", "IN")]
    [InlineData("Association of Southeast Asian Nations", "ASEAN")]
    [InlineData("Türkiye", "TR")]
    [InlineData("turkiye", "TR")]
    public void A_partner_is_found_by_code_or_by_any_of_its_names(string text, string id) =>
        Actors.Resolve(text).ShouldBe(new ActorId(id));

    [Fact]
    public void Text_naming_no_actor_resolves_to_nothing() => Actors.Resolve("Narnia").ShouldBeNull();

    [Fact]
    public void An_actor_is_named_by_its_short_English_name()
    {
        Actors.Name(new ActorId("KR")).ShouldBe("South Korea");
        Actors.Name(new ActorId("XX")).ShouldBe("XX");
    }
}
