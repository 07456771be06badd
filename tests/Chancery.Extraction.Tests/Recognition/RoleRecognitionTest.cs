using Chancery.Domain;

namespace Chancery.Extraction.Tests.Recognition;

/// <summary>Which engagements a story reports (primary) and which it only mentions.</summary>
public sealed class RoleRecognitionTest
{
    [Fact]
    public void Given_talks_told_as_what_came_next_When_extracted_Then_they_are_reported()
    {
        var engagements = Extract.From("NAY PYI TAW, 3 August 2022 - Russian Foreign Minister Sergey Lavrov flew into Nay Pyi Taw this morning for a working visit to Myanmar. "
            + "Lavrov then held talks with Union Minister for Foreign Affairs Wunna Maung Lwin.").Engagements;

        engagements.Single(e => e.Kind == EngagementKind.BilateralMeeting).Role.ShouldBe(CitationRole.Primary);
    }

    [Fact]
    public void Given_a_call_scheduled_later_on_the_trip_When_extracted_Then_it_is_reported_with_the_trip()
    {
        var engagements = Extract.From("JAKARTA, 6 June 2022 - Australian Prime Minister Anthony Albanese arrived in Jakarta on Sunday for a state visit to Indonesia. "
            + "While in Jakarta, Albanese is also scheduled to meet ASEAN Secretary-General Dato Lim Jock Hoi.").Engagements;

        engagements.Single(e => e.Kind == EngagementKind.CourtesyCall).Role.ShouldBe(CitationRole.Primary);
    }

    [Fact]
    public void Given_a_meeting_planned_for_later_in_the_year_When_extracted_Then_it_is_only_mentioned()
    {
        var engagements = Extract.From("NAY PYI TAW, 3 August 2022 - Russian Foreign Minister Sergey Lavrov held talks with Union Minister for Foreign Affairs Wunna Maung Lwin today. "
            + "Practical matters will be taken up at the third meeting of the Russian-Myanmar intergovernmental commission (IGC) on trade and economic cooperation, planned for the second half of the year.").Engagements;

        engagements.Single(e => e.Mechanism?.Ordinal == 3).Role.ShouldBe(CitationRole.Mentioned);
    }

    [Fact]
    public void Given_a_trip_told_as_last_months_When_extracted_Then_it_is_a_visit_only_mentioned()
    {
        var engagements = Extract.From("NAY PYI TAW, 3 August 2022 - Russian Foreign Minister Sergey Lavrov held talks with Union Minister for Foreign Affairs Wunna Maung Lwin today. "
            + "Senior General Min Aung Hlaing travelled to Moscow last month.").Engagements;

        engagements.Single(e => e.Kind == EngagementKind.Visit).Role.ShouldBe(CitationRole.Mentioned);
    }
}
