namespace Chancery.Domain.Tests;

public sealed class ActorIdTest
{
    [Theory]
    [InlineData("RU")]
    [InlineData("ASEAN")]
    [InlineData("AFRICAN-UNION")]
    [InlineData("G20")]
    public void Codes_and_organisation_ids_are_actor_ids(string value) => new ActorId(value).Value.ShouldBe(value);

    [Theory]
    [InlineData("")]
    [InlineData("R")]
    [InlineData("ru")]
    [InlineData("-EU")]
    [InlineData("EU-")]
    [InlineData("A--B")]
    [InlineData("RU ")]
    public void Malformed_ids_are_refused(string value) => Should.Throw<ArgumentException>(() => new ActorId(value));

    [Fact]
    public void Parse_reads_any_case() => ActorId.Parse(" ru ").ShouldBe(new ActorId("RU"));

    [Fact]
    public void TryParse_says_no_to_text_that_is_no_id()
    {
        ActorId.TryParse("Russia?", out _).ShouldBeFalse();
        ActorId.TryParse(null, out _).ShouldBeFalse();
    }

    [Fact]
    public void Ids_sort_by_their_text() =>
        new[] { new ActorId("RU"), new ActorId("ASEAN"), new ActorId("CN") }.Order().Select(a => a.Value).ShouldBe(["ASEAN", "CN", "RU"]);
}
