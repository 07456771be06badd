using Chancery.Domain;

namespace Chancery.Extraction.Tests.Recognition;

public sealed class DateRecognitionTest
{
    [Theory]
    [InlineData("JAKARTA, 14 June 2023 - The ASEAN-Japan Forum was held today at the ASEAN Secretariat.", "2023-06-14")]
    [InlineData("WASHINGTON, June 14, 2023 - The ASEAN-U.S. Dialogue was held today in Washington.", "2023-06-14")]
    [InlineData("The 26th ASEAN-China Summit was held in Jakarta on 6 September 2023.", "2023-09-06")]
    [InlineData("The 26th ASEAN-China Summit was held in Jakarta on September 6, 2023.", "2023-09-06")]
    public void Given_a_date_in_either_order_When_extracted_Then_the_meeting_is_on_that_day(string text, string date) =>
        Extract.Primary(text).Date.ShouldBe(IsoDate.Parse(date));

    [Fact]
    public void Given_a_range_within_a_month_When_extracted_Then_the_meeting_has_an_end_date()
    {
        var meeting = Extract.Primary("HANOI, 14 March 2024 - The 12th ASEAN-India Senior Officials' Meeting was held in Hanoi on 12-13 March 2024.");

        (meeting.Date, meeting.EndDate).ShouldBe((new DateOnly(2024, 3, 12), new DateOnly(2024, 3, 13)));
    }

    [Fact]
    public void Given_a_range_from_one_day_to_another_When_extracted_Then_both_ends_are_read()
    {
        var meeting = Extract.Primary("BEIJING, Feb. 15 (Xinhua) -- The ASEAN-China Senior Officials' Consultation was held in Beijing from Feb. 12 to 14, 2019.");

        (meeting.Date, meeting.EndDate).ShouldBe((new DateOnly(2019, 2, 12), new DateOnly(2019, 2, 14)));
    }

    [Theory]
    [InlineData("on Tuesday", "2023-06-13")]
    [InlineData("yesterday", "2023-06-15")]
    [InlineData("today", "2023-06-16")]
    public void Given_a_relative_day_When_extracted_Then_it_counts_from_the_dateline(string when, string date) =>
        Extract.Primary($"JAKARTA, 16 June 2023 (Friday) - The Secretary-General of ASEAN received a courtesy call from the Ambassador of Japan to ASEAN {when}.")
            .Date.ShouldBe(IsoDate.Parse(date));

    [Fact]
    public void Given_no_dateline_When_extracted_with_a_published_date_Then_relative_days_count_from_it() =>
        Extract.Primary("The Secretary-General of ASEAN received a courtesy call from the Ambassador of Japan to ASEAN yesterday.", new DateOnly(2023, 6, 16))
            .Date.ShouldBe(new DateOnly(2023, 6, 15));

    [Fact]
    public void Given_a_deadline_and_a_founding_date_When_extracted_Then_neither_is_the_meeting_date()
    {
        var meeting = Extract.Primary("JAKARTA, 16 June 2023 - The ASEAN-Japan Forum was held today. The partners, whose relations began on 12 March 1977, agreed to finish the review by 31 December 2024.");

        meeting.Date.ShouldBe(new DateOnly(2023, 6, 16));
    }

    [Fact]
    public void Given_a_visit_of_some_days_wrapped_up_today_When_extracted_Then_today_is_its_last_day()
    {
        var visit = Extract.Primary("VIENTIANE, 12 October 2023 (KPL) - Japan's Minister of Foreign Affairs Kamikawa Yoko wrapped up a two-day working visit to the Lao PDR today.");

        (visit.Kind, visit.Date, visit.EndDate).ShouldBe((EngagementKind.Visit, new DateOnly(2023, 10, 11), new DateOnly(2023, 10, 12)));
    }

    [Fact]
    public void Given_a_visit_lasting_until_a_day_When_extracted_Then_that_day_is_its_end()
    {
        var visit = Extract.Primary("TOKYO, March 30, 2021 (Antara) - Foreign Minister Retno Marsudi arrived in Tokyo on Sunday for a visit lasting until Tuesday.");

        (visit.Date, visit.EndDate).ShouldBe((new DateOnly(2021, 3, 28), new DateOnly(2021, 3, 30)));
    }

    [Fact]
    public void Given_a_visit_told_from_arrival_to_departure_When_extracted_Then_it_spans_the_days_told()
    {
        var visit = Extract.Primary("HANOI, 14 December 2023 - Chinese President Xi Jinping arrived in Hanoi on 12 December for a state visit. "
            + "He left Hanoi on 13 December, saying the visit had been a success.");

        (visit.Kind, visit.Date, visit.EndDate).ShouldBe((EngagementKind.Visit, new DateOnly(2023, 12, 12), new DateOnly(2023, 12, 13)));
    }

    [Theory]
    [InlineData(" as the country readies itself to chair the bloc in 2017.", 2016)]
    [InlineData(".", 2022)]
    public void Given_a_dateline_without_a_year_and_a_weekday_beside_a_date_When_extracted_Then_the_year_is_one_that_fits_them(string rest, int year) =>
        Extract.Primary("MANILA, Dec. 14 -- Foreign Affairs Secretary Perfecto Yasay received ASEAN Secretary-General Le Luong Minh on Tuesday, December 13" + rest)
            .Date.ShouldBe(new DateOnly(year, 12, 13));

    [Fact]
    public void Given_the_day_before_an_event_set_beside_a_weekday_When_extracted_Then_it_names_no_other_day() =>
        Extract.From("TOKYO, Oct. 9, 2018 - Prime Minister Shinzo Abe hosted the 10th Mekong-Japan Summit. On Monday, the day before the summit, Abe held talks with Prime Minister Nguyen Xuan Phuc.")
            .Engagements.ShouldNotContain(e => e.Date == new DateOnly(2018, 10, 7));

    [Fact]
    public void Given_a_summit_introduced_in_the_lead_and_named_next_When_extracted_Then_it_is_one_summit_on_the_lead_day()
    {
        var summits = Extract.From("TOKYO, Oct. 11, 2018 - The leaders of Japan and five Mekong countries adopted a new three-year plan at a summit in Tokyo on Tuesday. "
            + "Prime Minister Shinzo Abe hosted the 10th Mekong-Japan Summit at the State Guest House.").Engagements.Where(e => e.Kind == EngagementKind.Summit).ToList();

        summits.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2018, 10, 9));
    }
    [Fact]
    public void Given_a_day_counted_on_and_then_named_outright_When_extracted_Then_the_meeting_is_of_that_day_and_what_follows_speaks_of_it()
    {
        var meeting = Extract.From("VIENTIANE, June 9, 2024 - The East Asia Summit Senior Officials' Meeting (EAS SOM) took place on June 7. "
            + "Participants welcomed India's invitation to the 6th EAS Conference on Maritime Security Cooperation, which India will host in Mumbai on 4-5 July 2024.\n\n"
            + "A day later, on June 8, Laos chaired the ASEAN Regional Forum Senior Officials' Meeting (ARF SOM). Officials exchanged views on cyber security.")
            .Engagements.Single(e => e.Mechanism?.Acronym == "ARF SOM");

        meeting.Date.ShouldBe(new DateOnly(2024, 6, 8));
        meeting.Sectors.ShouldContain(Sector.Digital);
    }
}
