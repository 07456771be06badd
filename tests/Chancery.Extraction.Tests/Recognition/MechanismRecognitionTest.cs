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
    public void Given_an_ordinal_too_large_for_any_sitting_When_extracted_Then_the_meeting_is_read_without_it()
    {
        var meeting = Extract.Primary("The 99999999999th ASEAN-Russia Senior Officials' Meeting (ARSOM) was held in Jakarta on 12 March 2024.");

        (meeting.Kind, meeting.Date, meeting.Mechanism?.Ordinal).ShouldBe((EngagementKind.SeniorOfficialsMeeting, new DateOnly(2024, 3, 12), (int?)null));
    }

    [Fact]
    public void Given_an_acronym_after_an_ordinal_too_large_for_any_sitting_When_extracted_Then_no_sitting_is_numbered_by_it()
    {
        var engagements = Extract.From("The 99999999999th ARSOM was held in Jakarta on 12 March 2024.").Engagements;

        engagements.ShouldAllBe(e => e.Mechanism == null || e.Mechanism.Ordinal == null);
    }

    [Fact]
    public void Given_a_meeting_reported_and_an_earlier_one_recalled_When_extracted_Then_one_is_primary_the_other_mentioned()
    {
        var engagements = Extract.From("SIEM REAP, 29 April 2023 - The 19th ASEAN-Russia Senior Officials' Meeting was held today. It followed the 18th ARSOM, held in Moscow on 19 May 2022.").Engagements;

        engagements.Select(e => (e.Role, e.Mechanism?.Ordinal)).ShouldBe([(CitationRole.Primary, 19), (CitationRole.Mentioned, 18)], ignoreOrder: true);
    }

    [Fact]
    public void Given_an_ordinal_before_a_series_own_words_When_extracted_Then_it_numbers_the_meeting()
    {
        var engagements = Extract.From("CANBERRA, 9 September 2024 - Australia and India held their third \"two-plus-two\" meeting of foreign and defence ministers in Canberra on Monday. The first 2+2 meeting between the two countries was held in New Delhi on 10 September 2021.").Engagements;

        engagements.Select(e => (e.Role, e.Kind, e.Mechanism?.Ordinal)).ShouldBe(
            [(CitationRole.Primary, EngagementKind.MinisterialMeeting, 3), (CitationRole.Mentioned, EngagementKind.MinisterialMeeting, 1)], ignoreOrder: true);
    }

    [Fact]
    public void Given_a_meeting_of_a_named_body_at_a_level_When_extracted_Then_the_level_sets_the_kind()
    {
        var meeting = Extract.Primary("VIENTIANE, 27 July 2024 - Ministers spoke to the press after the ministerial meeting of the East Asia Summit (EAS) member states, which convened on Saturday.");

        meeting.Kind.ShouldBe(EngagementKind.MinisterialMeeting);
        meeting.Mechanism?.Acronym.ShouldBe("EAS");
    }

    [Fact]
    public void Given_an_indefinite_meeting_that_took_place_When_extracted_Then_it_is_an_engagement_of_the_level_it_names()
    {
        var meeting = Extract.Primary("VIENTIANE, 26 July 2024 - An annual India-ASEAN meeting at the level of foreign ministers took place on Thursday, the minister said.");

        (meeting.Kind, meeting.Date).ShouldBe((EngagementKind.MinisterialMeeting, new DateOnly(2024, 7, 25)));
        meeting.Parties.ShouldBe([new ActorId("ASEAN"), new ActorId("IN")], ignoreOrder: true);
    }

    [Theory]
    [InlineData("JAKARTA", EngagementKind.CourtesyCall)]
    [InlineData("CANBERRA", EngagementKind.BilateralMeeting)]
    public void Given_a_meeting_with_an_organisations_leadership_When_held_at_its_seat_Then_it_is_a_call_on_it(string city, EngagementKind kind) =>
        Extract.Primary($"{city}, 6 June 2022 - Australian Prime Minister Anthony Albanese met ASEAN Secretary-General Dato Lim Jock Hoi in {city[0] + city[1..].ToLowerInvariant()} today.")
            .Kind.ShouldBe(kind);

    [Fact]
    public void Given_a_numbered_sitting_and_the_next_one_When_extracted_Then_they_are_two_sittings()
    {
        var summits = Extract.From("NEW DELHI, 4 May 2024 - Senior officials met today to review the proposal Prime Minister Narendra Modi put forward at the 20th ASEAN-India Summit in Jakarta last year. "
            + "They began preparations for the next ASEAN-India Summit, which Laos is to host in Vientiane later this year.")
            .Engagements.Where(e => e.Kind == EngagementKind.Summit).ToList();

        summits.Select(s => (s.Mechanism?.Ordinal, s.City)).ShouldBe([(20, "Jakarta"), (null, "Vientiane")], ignoreOrder: true);
    }

    [Fact]
    public void Given_a_sitting_held_in_a_city_of_a_third_state_When_extracted_Then_that_state_is_no_party() =>
        Extract.Primary("SIEM REAP, 29 April 2023 - The 19th ASEAN-Russia Senior Officials' Meeting (ARSOM) in Siem Reap, Cambodia, was held today.")
            .Parties.ShouldBe([new ActorId("ASEAN"), new ActorId("RU")], ignoreOrder: true);

    [Fact]
    public void Given_an_ordinal_before_a_word_of_cadence_and_a_name_When_extracted_Then_it_numbers_the_sitting() =>
        Extract.Primary("WASHINGTON, 24 May 2024 - The United States and ASEAN convened the 36th annual ASEAN-U.S. Dialogue in Washington today.")
            .Mechanism?.Ordinal.ShouldBe(36);

    [Fact]
    public void Given_a_numbered_sitting_of_a_series_named_before_When_extracted_Then_it_is_of_that_series()
    {
        var engagements = Extract.From("HANOI, 17 October 2023 - The two foreign ministers co-chaired the 18th India-Viet Nam Joint Commission Meeting (JCM) in Hanoi on Monday. "
            + "The Joint Committee was set up in 2003. Its 16th meeting took place in Hanoi in August 2018 under the co-chairmanship of Vietnamese Deputy Prime Minister Pham Binh Minh and Indian Foreign Minister Sushma Swaraj.").Engagements;

        engagements.Select(e => (e.Mechanism?.Acronym, e.Mechanism?.Ordinal)).ShouldContain(("JCM", 16));
    }
}
