using Chancery.Domain;

namespace Chancery.Extraction.Tests.Recognition;

/// <summary>When one story tells several engagements of the same kind, and when it tells one engagement twice.</summary>
public sealed class EngagementSeparationTest
{
    [Fact]
    public void Given_courtesy_calls_on_two_hosts_in_one_sentence_When_extracted_Then_each_host_has_a_call_of_their_own()
    {
        var calls = Extract.From("PHNOM PENH, 14 March 2024 - Singapore's Foreign Minister Vivian Balakrishnan paid courtesy calls on Prime Minister Hun Manet and on President of the Senate Hun Sen on Thursday.")
            .Engagements.Where(e => e.Kind == EngagementKind.CourtesyCall).ToList();

        calls.Select(c => c.Participants.Select(p => p.Name).Order().ToList()).ShouldBe(
            [["Hun Manet", "Vivian Balakrishnan"], ["Hun Sen", "Vivian Balakrishnan"]], ignoreOrder: true);
    }

    [Fact]
    public void Given_a_host_who_received_a_courtesy_call_When_extracted_Then_it_is_one_call_with_host_and_visitor()
    {
        var calls = Extract.From("JAKARTA, 12 March 2024 - The Secretary-General of ASEAN, Dr. Kao Kim Hourn, received a courtesy call from the Ambassador of Japan to ASEAN, H.E. Kiya Masahiko, at the ASEAN Secretariat today.")
            .Engagements;

        var call = calls.ShouldHaveSingleItem();
        call.Kind.ShouldBe(EngagementKind.CourtesyCall);
        call.Date.ShouldBe(new DateOnly(2024, 3, 12));
        call.Participants.Select(p => p.Name).ShouldBe(["Kao Kim Hourn", "Kiya Masahiko"], ignoreOrder: true);
    }

    [Fact]
    public void Given_a_second_call_told_by_the_visitors_title_When_extracted_Then_it_is_another_call_with_the_visitor()
    {
        var calls = Extract.From("Hanoi, 27 August 2019 - Prime Minister Nguyen Xuan Phuc received Secretary-General of ASEAN Lim Jock Hoi in Hanoi on Tuesday. Also on Tuesday, the Secretary-General was received by Deputy Prime Minister and Foreign Minister Pham Binh Minh.")
            .Engagements.Where(e => e.Kind == EngagementKind.CourtesyCall).ToList();

        calls.Count.ShouldBe(2);
        calls.ShouldAllBe(c => c.Participants.Any(p => p.Name == "Lim Jock Hoi"));
        calls.Select(c => c.Participants.Count(p => p.Name == "Nguyen Xuan Phuc" || p.Name == "Pham Binh Minh")).ShouldBe([1, 1]);
    }

    [Fact]
    public void Given_the_same_people_meeting_again_on_another_dated_day_When_extracted_Then_the_earlier_meeting_is_mentioned_apart()
    {
        var engagements = Extract.From("BEIJING, 16 October 2023 - Foreign Minister Wang Yi met ASEAN Secretary-General Kao Kim Hourn in Beijing on Monday. The two last met in Beijing on 27 March, when Wang thanked Kao for his visit.").Engagements;

        engagements.Where(e => e.Kind == EngagementKind.BilateralMeeting).Select(e => (e.Role, e.Date)).ShouldBe(
            [(CitationRole.Primary, new DateOnly(2023, 10, 16)), (CitationRole.Mentioned, new DateOnly(2023, 3, 27))], ignoreOrder: true);
    }

    [Fact]
    public void Given_a_separate_meeting_and_a_meeting_with_someone_new_When_extracted_Then_each_is_a_meeting_of_its_own()
    {
        var meetings = Extract.From("PARIS, 2 May 2024 - On 30 April, Secretary-General of ASEAN Kao Kim Hourn met France's Minister Delegate for Foreign Trade Franck Riester. "
            + "In a separate meeting, Dr. Kao and OECD Secretary-General Mathias Cormann discussed the drafting of the ASEAN Community Vision 2045. "
            + "Dr. Kao also met France's Ambassador for the Indo-Pacific, Marc Abensour.")
            .Engagements.Where(e => e.Kind == EngagementKind.BilateralMeeting).ToList();

        meetings.Select(m => m.Participants.Single(p => p.Name != "Kao Kim Hourn").Name).ShouldBe(["Franck Riester", "Mathias Cormann", "Marc Abensour"], ignoreOrder: true);
    }

    [Fact]
    public void Given_minutes_signed_at_the_close_of_a_session_When_extracted_Then_there_is_no_signing_apart()
    {
        var engagements = Extract.From("HANOI, 6 April 2023 - The 24th meeting of the Viet Nam-Russia Intergovernmental Committee was held in Hanoi today. At the close, the two deputy prime ministers signed the minutes of the session.").Engagements;

        engagements.ShouldNotContain(e => e.Kind == EngagementKind.Signing);
    }

    [Theory]
    [InlineData("where Prime Minister Lee Hsien Loong met Prime Minister Anthony Albanese.", 1)]
    [InlineData("where Prime Minister Lee Hsien Loong met Prime Minister Anthony Albanese on the sidelines.", 2)]
    public void Given_a_meeting_told_where_a_named_one_was_held_When_extracted_Then_it_is_apart_only_on_the_sidelines(string clause, int count)
    {
        var engagements = Extract.From("SINGAPORE, 10 June 2023 - The two sides recalled the 7th Singapore-Australia Annual Leaders' Meeting in Canberra last October, " + clause).Engagements;

        engagements.Count.ShouldBe(count);
    }

    [Fact]
    public void Given_talks_during_a_visit_told_without_a_day_When_extracted_Then_they_are_a_meeting_and_the_visit_keeps_its_topics()
    {
        var engagements = Extract.From("LONDON, 3 November 2023 - Secretary-General of ASEAN Kao Kim Hourn concluded an official visit to the United Kingdom today, the first by an ASEAN Secretary-General, which focused on trade, education and climate change. "
            + "In talks in London with Deputy Prime Minister Oliver Dowden, Dr. Kao discussed cyber security.").Engagements;

        var visit = engagements.Single(e => e.Kind == EngagementKind.Visit);
        var talks = engagements.Single(e => e.Kind == EngagementKind.BilateralMeeting);
        talks.Participants.Select(p => p.Name).ShouldBe(["Oliver Dowden", "Kao Kim Hourn"], ignoreOrder: true);
        visit.Sectors.ShouldContain(Sector.Trade);
        talks.Sectors.ShouldBe([Sector.Digital]);
    }

    [Fact]
    public void Given_the_visit_spoken_of_again_paragraphs_later_When_extracted_Then_it_is_the_same_visit_and_a_meeting_due_is_another()
    {
        var engagements = Extract.From("KUALA LUMPUR, 27 March 2024 - External Affairs Minister S. Jaishankar arrived in Kuala Lumpur today on a working visit to Malaysia.\n\n"
            + "The two countries trade more every year.\n\nExports rose in 2023.\n\nImports rose too.\n\n"
            + "He is also due to meet Digital Minister Gobind Singh Deo during the visit.").Engagements;

        engagements.Count(e => e.Kind == EngagementKind.Visit).ShouldBe(1);
        engagements.ShouldContain(e => e.Kind == EngagementKind.BilateralMeeting && e.Participants.Any(p => p.Name == "Gobind Singh Deo"));
    }

    [Fact]
    public void Given_documents_signed_in_the_passive_When_extracted_Then_the_signing_is_an_engagement() =>
        Extract.From("HANOI, 12 December 2023 - President Xi Jinping held talks with General Secretary Nguyen Phu Trong today. Thirty-six cooperation documents were signed the same day as Xi and Trong looked on.")
            .Engagements.ShouldContain(e => e.Kind == EngagementKind.Signing && e.Date == new DateOnly(2023, 12, 12));

    [Fact]
    public void Given_an_agreement_signed_at_a_named_meeting_When_extracted_Then_the_signing_is_part_of_that_meeting() =>
        Extract.From("SINGAPORE, 2 June 2023 - Prime Minister Anthony Albanese held the 8th Singapore-Australia Annual Leaders' Meeting with Acting Prime Minister Lawrence Wong today. "
            + "Under the Green Economy Agreement, which was signed at the previous, 7th ALM in Canberra, the two sides launched a new programme.")
            .Engagements.ShouldNotContain(e => e.Kind == EngagementKind.Signing);
    [Fact]
    public void Given_the_forum_spoken_of_after_its_officials_meeting_When_extracted_Then_it_is_that_meeting_and_not_a_conference_before_it()
    {
        var meeting = Extract.From("VIENTIANE, June 9, 2024 - Participants welcomed India's invitation to the 6th EAS Conference on Maritime Security Cooperation, which India will host in Mumbai in July. "
            + "On June 8, Laos chaired the ASEAN Regional Forum Senior Officials' Meeting (ARF SOM). Senior officials reviewed the forum's activities and exchanged views on maritime security.")
            .Engagements.Single(e => e.Mechanism?.Acronym == "ARF SOM");

        meeting.Sectors.ShouldContain(Sector.Maritime);
    }
    [Theory]
    [InlineData("to be built into a sturdier institution", false)]
    [InlineData("to be held in Vientiane next year", true)]
    public void Given_a_named_meeting_that_is_to_be_something_When_extracted_Then_it_is_a_sitting_only_when_it_is_to_be_held(string clause, bool sitting) =>
        Extract.From($"KUALA LUMPUR, Aug. 6, 2015 (Kyodo) -- Japanese Foreign Minister Fumio Kishida on Thursday called for the East Asia Summit {clause}.")
            .Engagements.Any(e => e.Kind == EngagementKind.Summit).ShouldBe(sitting);
}
