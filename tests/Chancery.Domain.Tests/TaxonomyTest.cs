namespace Chancery.Domain.Tests;

public sealed class TaxonomyTest
{
    [Theory]
    [InlineData(EngagementKind.CourtesyCall, "courtesy-call")]
    [InlineData(EngagementKind.SeniorOfficialsMeeting, "senior-officials-meeting")]
    [InlineData(EngagementKind.Other, "other")]
    public void Kinds_are_spelled_as_the_extraction_contract_spells_them(EngagementKind kind, string slug) =>
        Taxonomy<EngagementKind>.Slug(kind).ShouldBe(slug);

    [Fact]
    public void Every_sector_and_stance_of_the_contract_is_known()
    {
        string[] sectors =
        [
            "political-security", "counter-terrorism", "transnational-crime", "maritime", "defence", "trade", "investment", "economy",
            "industry", "connectivity", "energy", "agriculture-food", "tourism", "digital", "science-technology", "smart-cities",
            "disaster-management", "health", "environment-climate", "education", "culture", "people-to-people", "youth-sports",
            "development-gap", "finance", "transport", "human-rights", "labour-migration", "women",
        ];
        string[] stances = ["supports-asean-centrality", "supports-aoip", "supports-five-point-consensus", "supports-tac", "supports-scs-code-of-conduct"];

        Taxonomy<Sector>.Slugs.ShouldBe(sectors, ignoreOrder: true);
        Taxonomy<Stance>.Slugs.ShouldBe(stances, ignoreOrder: true);
    }

    [Fact]
    public void Parsing_ignores_case_and_surrounding_space() =>
        Taxonomy<Sector>.Parse(" Science-Technology ").ShouldBe(Sector.ScienceTechnology);

    [Fact]
    public void An_unknown_slug_is_refused_with_the_list_of_valid_ones()
    {
        var error = Should.Throw<FormatException>(() => Taxonomy<EngagementKind>.Parse("tea-party"));

        error.Message.ShouldContain("'tea-party'");
        error.Message.ShouldContain("courtesy-call");
    }

    [Fact]
    public void A_label_reads_as_words() =>
        Taxonomy<EngagementKind>.Label(EngagementKind.JointCommittee).ShouldBe("Joint committee");
}
