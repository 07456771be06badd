using Chancery.App.Briefing;
using Chancery.Domain;

namespace Chancery.App.Tests.Briefing;

/// <summary>What engagements came to, quoted from their primary sources: each sentence once, a headline never.</summary>
public sealed class OutcomeReaderTest
{
    private static readonly Source Story = new()
    {
        Id = new Id<Source>(7),
        Text = "Envoys meet in Jakarta\nJAKARTA, 5 July 2023 - The envoy called on the Deputy Secretary-General. They discussed trade. "
            + "The two sides agreed to hold the 20th ARSOM in Moscow next year. Both signed a memorandum on education.\nThe weather was fine.",
    };

    private static Engagement Citing(long id, DateOnly day, CitationRole role = CitationRole.Primary) => new()
    {
        Id = new Id<Engagement>(id),
        When = new DateSpan(day),
        Kind = EngagementKind.CourtesyCall,
        Citations = [new Citation(Story.Id, role)],
    };

    [Fact]
    public void Given_a_report_When_reading_outcomes_Then_the_sentences_that_agree_or_sign_are_quoted()
    {
        var outcomes = OutcomeReader.Of([Citing(1, new DateOnly(2023, 7, 5))], [Story]);

        outcomes.Select(o => o.Sentence).ShouldBe(["The two sides agreed to hold the 20th ARSOM in Moscow next year.", "Both signed a memorandum on education."]);
    }

    [Fact]
    public void Given_one_story_cited_by_two_engagements_When_reading_outcomes_Then_each_sentence_is_quoted_once()
    {
        var outcomes = OutcomeReader.Of([Citing(2, new DateOnly(2023, 7, 6)), Citing(1, new DateOnly(2023, 7, 5))], [Story]);

        outcomes.Count.ShouldBe(2);
        outcomes.ShouldAllBe(o => o.Engagement == new Id<Engagement>(2));
    }

    [Fact]
    public void Given_a_story_only_mentioning_the_engagement_or_out_of_reach_When_reading_outcomes_Then_nothing_is_quoted()
    {
        OutcomeReader.Of([Citing(1, new DateOnly(2023, 7, 5), CitationRole.Mentioned)], [Story]).ShouldBeEmpty();
        OutcomeReader.Of([Citing(1, new DateOnly(2023, 7, 5))], []).ShouldBeEmpty();
    }
}
