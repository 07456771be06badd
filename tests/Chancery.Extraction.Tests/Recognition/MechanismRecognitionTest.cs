using Chancery.Domain;

namespace Chancery.Extraction.Tests.Recognition;

public sealed class MechanismRecognitionTest
{
    [Theory]
    [InlineData("The 19th ASEAN-Russia Senior Officials' Meeting (ARSOM) was held in Siem Reap on 29 April 2023.", EngagementKind.SeniorOfficialsMeeting, "ARSOM", 19)]
    [InlineData("The 26th ASEAN-China Summit was held in Jakarta on 6 September 2023.", EngagementKind.Summit, "Summit", 26)]
    [InlineData("Foreign ministers met at AMM-56 in Jakarta on 11 July 2023.", EngagementKind.MinisterialMeeting, "AMM", 56)]
    [InlineData("The 23rd ASEAN-Japan Joint Cooperation Committee Meeting was held in Jakarta on 9 March 2021.", EngagementKind.JointCommittee, "JCC", 23)]
    public void Given_a_numbered_sitting_When_extracted_Then_its_kind_mechanism_and_ordinal_are_read(string text, EngagementKind kind, string acronym, int ordinal)
    {
        var meeting = Extract.Primary(text);

        (meeting.Kind, meeting.Mechanism?.Ordinal).ShouldBe((kind, ordinal));
        meeting.Mechanism!.Acronym.ShouldEndWith(acronym);
    }

    [Fact]
    public void Given_a_meeting_reported_and_an_earlier_one_recalled_When_extracted_Then_one_is_primary_the_other_mentioned()
    {
        var engagements = Extract.From("SIEM REAP, 29 April 2023 - The 19th ASEAN-Russia Senior Officials' Meeting was held today. It followed the 18th ARSOM, held in Moscow on 19 May 2022.").Engagements;

        engagements.Select(e => (e.Role, e.Mechanism?.Ordinal)).ShouldBe([(CitationRole.Primary, 19), (CitationRole.Mentioned, 18)], ignoreOrder: true);
    }
}
