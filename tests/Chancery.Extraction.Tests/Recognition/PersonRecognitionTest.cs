using Chancery.Domain;
using Chancery.Extraction.Output;

namespace Chancery.Extraction.Tests.Recognition;

public sealed class PersonRecognitionTest
{
    private static IReadOnlyList<ExtractedParticipant> People(string text) => Extract.Primary(text).Participants;

    [Fact]
    public void Given_a_title_before_the_name_When_extracted_Then_the_person_has_the_title_and_serves_its_state() =>
        People("Russian Foreign Minister Sergey Lavrov met ASEAN Secretary-General Kao Kim Hourn in Jakarta on 11 July 2023.")
            .ShouldContain(new ExtractedParticipant("Sergey Lavrov", "Foreign Minister", new ActorId("RU")));

    [Fact]
    public void Given_a_title_in_apposition_When_extracted_Then_the_title_is_read_after_the_name() =>
        People("Evgeny Zagaynov, Ambassador of the Russian Federation to ASEAN, paid a courtesy call on Michael Tene, Deputy Secretary-General of ASEAN, at the ASEAN Secretariat on 5 July 2023.")
            .Select(p => (p.Name, p.Affiliation)).ShouldBe([("Evgeny Zagaynov", new ActorId("RU")), ("Michael Tene", new ActorId("ASEAN"))], ignoreOrder: true);

    [Fact]
    public void Given_an_honorific_When_extracted_Then_it_is_not_part_of_the_name() =>
        People("H.E. Dato' Lim Jock Hoi, Secretary-General of ASEAN, received the Ambassador of Japan to ASEAN in Jakarta on 3 May 2019.")
            .ShouldContain(p => p.Name == "Lim Jock Hoi");

    [Fact]
    public void Given_two_people_co_chairing_When_extracted_Then_both_take_part() =>
        People("The 23rd ASEAN-Japan Joint Cooperation Committee Meeting, held in Jakarta on 9 March 2021, was co-chaired by Ambassador Kiya Masahiko and Ambassador Ngo Duc Thang.")
            .Select(p => p.Name).ShouldBe(["Kiya Masahiko", "Ngo Duc Thang"], ignoreOrder: true);

    [Fact]
    public void Given_a_later_mention_by_surname_When_extracted_Then_it_is_the_same_person_once() =>
        People("Russian Foreign Minister Sergey Lavrov met Secretary-General of ASEAN Kao Kim Hourn in Jakarta on 11 July 2023. Lavrov said Russia supports ASEAN centrality.")
            .Count(p => p.Name.Contains("Lavrov", StringComparison.Ordinal)).ShouldBe(1);

    [Fact]
    public void Given_capitalised_common_words_When_extracted_Then_they_are_no_person() =>
        People("The 12th ASEAN-India Summit was held in Jakarta on 6 September 2023 under the theme Shared Values, Common Destiny.")
            .ShouldBeEmpty();

    [Fact]
    public void Given_a_ministry_called_by_its_building_When_extracted_Then_it_is_no_person() =>
        People("KUALA LUMPUR, 27 March 2024 - Foreign Minister Mohamad Hasan met External Affairs Minister S. Jaishankar today. According to Wisma Putra, the ministers exchanged views on relations.")
            .ShouldNotContain(p => p.Name.Contains("Wisma"));

    [Fact]
    public void Given_a_capitalised_name_before_district_When_extracted_Then_it_is_a_place_not_a_person() =>
        People("TOKYO, 9 October 2018 - Prime Minister Shinzo Abe hosted the 10th Mekong-Japan Summit at the State Guest House in Tokyo's Moto-Akasaka district.")
            .ShouldNotContain(p => p.Name.Contains("Akasaka"));

    [Fact]
    public void Given_a_bare_title_before_the_name_and_a_full_one_after_When_extracted_Then_the_full_one_says_whom_they_serve() =>
        People("JAKARTA, 5 July 2023 - The Secretary-General of ASEAN received Ambassador Nguyen Hai Bang, Permanent Representative of Viet Nam to ASEAN, today.")
            .ShouldContain(new ExtractedParticipant("Nguyen Hai Bang", "Permanent Representative of Viet Nam to ASEAN", new ActorId("VN")));

    [Fact]
    public void Given_two_titled_people_joined_by_and_after_an_adjective_When_extracted_Then_both_serve_its_state() =>
        People("TOKYO, 30 March 2021 - Foreign Minister Retno Marsudi held talks with Japanese Foreign Minister Motegi Toshimitsu and Defence Minister Kishi Nobuo today.")
            .Single(p => p.Name == "Kishi Nobuo").Affiliation.ShouldBe(new ActorId("JP"));

    [Fact]
    public void Given_a_delegation_led_by_one_and_including_others_When_extracted_Then_all_are_of_its_side() =>
        People("JAKARTA, 31 March 2016 - Senior officials of the United Nations and the ASEAN Secretariat held an ASEAN-UN Secretariat-to-Secretariat Meeting in Jakarta today. The UN delegation was led by Miroslav Jenca, Assistant Secretary-General for Political Affairs, "
            + "and included Kyung-Wha Kang, Assistant Secretary-General for Humanitarian Affairs; and Haoliang Xu, Assistant Secretary-General and UNDP Regional Director for Asia.")
            .Where(p => p.Name is "Kyung-Wha Kang" or "Haoliang Xu").Select(p => p.Affiliation).ShouldBe([new ActorId("UN"), new ActorId("UN")]);

    [Fact]
    public void Given_a_person_said_to_represent_a_state_When_extracted_Then_they_serve_it_with_the_title_after_the_name() =>
        People("VIENTIANE, 21 September 2024 - The 29th AEM-CER Consultations were held today. Senator the Hon Tim Ayres, Assistant Minister for Trade, represented Australia.")
            .ShouldContain(new ExtractedParticipant("Tim Ayres", "Assistant Minister for Trade", new ActorId("AU")));

    [Theory]
    [InlineData("They also discussed the UN Secretary-General's Plan of Action to Prevent Violent Extremism.", "Extremism")]
    [InlineData("They signed a renewed Memorandum of Understanding on the Telemetry, Tracking and Telecommand Station.", "Station")]
    public void Given_capitalised_words_of_a_plan_or_a_facility_When_extracted_Then_they_are_no_person(string sentence, string word) =>
        People("JAKARTA, 31 March 2016 - Secretary-General of ASEAN Le Luong Minh met Under-Secretary-General Jeffrey Feltman today. " + sentence)
            .ShouldNotContain(p => p.Name.Contains(word));

    [Fact]
    public void Given_a_visitor_received_at_the_airport_When_extracted_Then_the_visit_has_the_visitor_only() =>
        Extract.From("BANDAR SERI BEGAWAN, 4 September 2024 - Indian Prime Minister Narendra Modi arrived in Bandar Seri Begawan yesterday for a state visit and was received at the airport by His Royal Highness Crown Prince Haji Al-Muhtadee Billah.")
            .Engagements.Single(e => e.Kind == EngagementKind.Visit).Participants.Select(p => p.Name).ShouldBe(["Narendra Modi"]);

    [Fact]
    public void Given_credentials_presented_as_one_title_to_another_When_extracted_Then_the_second_title_is_the_hosts_own() =>
        People("Jakarta, 5 December 2014 (ANTARA News) - Patrick Hermann today presented his Letter of Credence as Ambassador of the Kingdom of Belgium to ASEAN to Secretary-General of ASEAN Le Luong Minh.")
            .ShouldContain(new ExtractedParticipant("Le Luong Minh", "Secretary-General of ASEAN", new ActorId("ASEAN")));
}
