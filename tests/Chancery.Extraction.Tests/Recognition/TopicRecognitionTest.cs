using Chancery.Domain;

namespace Chancery.Extraction.Tests.Recognition;

public sealed class TopicRecognitionTest
{
    private const string Release = "JAKARTA, 5 July 2023 - The Ambassador of the Russian Federation to ASEAN paid a courtesy call on the Deputy Secretary-General of ASEAN today. "
        + "They discussed cooperation in trade, investment, education and culture under the ASEAN-Russia Comprehensive Plan of Action 2021-2025. "
        + "The Ambassador reaffirmed Russia's support for ASEAN centrality.";

    [Fact]
    public void Given_areas_of_cooperation_When_extracted_Then_they_are_the_sectors() =>
        Extract.Primary(Release).Sectors.ShouldBe([Sector.Trade, Sector.Investment, Sector.Education, Sector.Culture], ignoreOrder: true);

    [Fact]
    public void Given_support_for_ASEAN_centrality_When_extracted_Then_the_partner_takes_that_stance() =>
        Extract.Primary(Release).Stances.ShouldBe([new ActorStance(new ActorId("RU"), Stance.SupportsAseanCentrality)]);

    [Fact]
    public void Given_a_plan_of_action_When_extracted_Then_the_engagement_is_tied_to_it() =>
        Extract.Primary(Release).Plans.ShouldHaveSingleItem().ShouldContain("2021-2025");

    [Fact]
    public void Given_the_name_of_a_body_When_extracted_Then_its_words_are_no_sectors() =>
        Extract.Primary("The Deputy Secretary-General of ASEAN for the ASEAN Economic Community received the Ambassador of Japan to ASEAN in Jakarta on 5 July 2023.")
            .Sectors.ShouldNotContain(Sector.Economy);

    [Fact]
    public void Given_a_plan_still_to_be_made_with_no_name_or_years_When_extracted_Then_it_is_no_plan() =>
        Extract.Primary("HANOI, 5 July 2023 - Prime Minister Pham Minh Chinh received the Ambassador of Japan to ASEAN today. They set a goal of doubling trade, to be backed by a comprehensive action plan.")
            .Plans.ShouldBeEmpty();

    [Fact]
    public void Given_a_successor_plan_with_its_years_When_extracted_Then_it_is_a_plan() =>
        Extract.Primary("SEOUL, 5 July 2023 - The ASEAN-ROK Dialogue was held today. Officials agreed that a successor Plan of Action covering 2021-2025 would be adopted.")
            .Plans.ShouldHaveSingleItem().ShouldContain("2021-2025");

    [Fact]
    public void Given_a_plan_named_with_its_years_and_spoken_of_again_in_lower_case_When_extracted_Then_it_is_one_plan() =>
        Extract.Primary("JAKARTA, 25 September 2023 - The 7th ASEAN-Pakistan Joint Sectoral Cooperation Committee was held today. "
            + "The committee reviewed the practical cooperation areas of the partnership, which Pakistan said had served it well. "
            + "Both sides recalled that the Practical Cooperation Areas 2019-2021 were later extended.")
            .Plans.ShouldBe(["Practical Cooperation Areas 2019-2021"]);

    [Fact]
    public void Given_a_plan_of_another_partnership_When_extracted_Then_it_is_not_tied_to_the_engagement() =>
        Extract.Primary("ANKARA, 11 February 2025 - Prime Minister Anwar Ibrahim held talks with President Recep Tayyip Erdogan today. Türkiye cooperates with ASEAN under the ASEAN-Türkiye Practical Cooperation Areas (2024-2028).")
            .Plans.ShouldBeEmpty();

    [Fact]
    public void Given_words_of_an_area_used_of_circumstances_When_extracted_Then_they_name_no_sector() =>
        Extract.Primary("TOKYO, 30 March 2021 - Foreign Minister Motegi Toshimitsu met Foreign Minister Retno Marsudi today. Motegi said the security environment had changed. ASEAN is Japan's largest trading partner.")
            .Sectors.ShouldBeEmpty();

    [Fact]
    public void Given_the_pandemic_told_as_a_cause_When_extracted_Then_it_names_no_health_cooperation() =>
        Extract.Primary("JAKARTA, 5 January 2021 - The Permanent Representative of Viet Nam to ASEAN paid a courtesy call on the Secretary-General of ASEAN today. Because of the COVID-19 pandemic, the ceremony was held by video conference.")
            .Sectors.ShouldNotContain(Sector.Health);
    [Fact]
    public void Given_a_meeting_recalled_in_passing_with_its_month_When_the_story_goes_on_Then_its_topics_are_the_reported_meetings()
    {
        var engagements = Extract.From("JAKARTA, 31 March 2016 - Senior officials of the United Nations and the ASEAN Secretariat held an ASEAN-UN Secretariat-to-Secretariat Meeting in Jakarta yesterday. "
            + "The meeting followed up on the 7th ASEAN-UN Summit in November 2015, at which the leaders agreed to meet regularly.\n\nDiscussions looked ahead to cooperation on trade and on climate change.").Engagements;

        engagements.Single(e => e.Kind == EngagementKind.Summit).Sectors.ShouldBeEmpty();
        engagements.Single(e => e.Kind != EngagementKind.Summit).Sectors.ShouldBe([Sector.Trade, Sector.EnvironmentClimate], ignoreOrder: true);
    }

    [Fact]
    public void Given_a_clause_recalling_another_time_after_the_meeting_When_the_story_goes_on_Then_the_meeting_keeps_its_topics()
    {
        var engagements = Extract.From("PHNOM PENH, 4 August 2022 - Japanese Foreign Minister Hayashi Yoshimasa met Cambodian Foreign Minister Prak Sokhonn today.\n\n"
            + "UK Minister for Asia Amanda Milling co-chaired the ASEAN-UK Post-Ministerial Conference (PMC), the first since the UK became an ASEAN Dialogue Partner in August 2021. "
            + "Milling said joint work would widen on trade and on education.").Engagements;

        engagements.Single(e => e.Mechanism?.Acronym == "PMC").Sectors.ShouldBe([Sector.Trade, Sector.Education], ignoreOrder: true);
    }
    [Fact]
    public void Given_a_recalled_meeting_described_after_a_comma_When_the_story_goes_on_Then_its_topics_are_the_reported_meetings()
    {
        var engagements = Extract.From("JAKARTA, 24 April 2020 - ASEAN and China held the 21st meeting of the ASEAN-China Joint Cooperation Committee (JCC) by video conference on Thursday. "
            + "The committee also followed up on the decisions of the 22nd ASEAN-China Summit, held in Bangkok on 3 November last year. "
            + "Tourism and education remain the main channels for exchanges.").Engagements;

        engagements.Single(e => e.Kind == EngagementKind.Summit).Sectors.ShouldBeEmpty();
        engagements.Single(e => e.Kind == EngagementKind.JointCommittee).Sectors.ShouldBe([Sector.Tourism, Sector.Education], ignoreOrder: true);
    }
}
