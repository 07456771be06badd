using System.Text.Json;
using Chancery.Domain;
using Chancery.Testing;

namespace Chancery.ReferenceData.Tests;

public sealed class ReferenceCatalogTest
{
    private static readonly ReferenceCatalog Catalog = ReferenceCatalog.Default;

    private static Actor Actor(string id) => Catalog.Actors.Single(a => a.Id == new ActorId(id));

    [Fact]
    public void Every_ISO_3166_state_is_there_with_its_names()
    {
        Catalog.Actors.Count(a => a.Kind == ActorKind.State).ShouldBe(250);
        var russia = Actor("RU");
        russia.Name.ShouldBe("Russia");
        russia.OfficialName.ShouldBe("Russian Federation");
        russia.Names.ShouldContain("the Russian Federation");
        russia.Adjectives.ShouldContain("Russian");
    }

    [Theory]
    [InlineData("VN", "Viet Nam", "Vietnamese")]
    [InlineData("LA", "Lao PDR", "Lao")]
    [InlineData("PH", "the Philippines", "Philippine")]
    [InlineData("KR", "Republic of Korea", "ROK")]
    [InlineData("GB", "UK", "British")]
    [InlineData("US", "U.S.", "American")]
    [InlineData("TR", "Turkey", "Turkish")]
    [InlineData("BN", "Brunei Darussalam", "Bruneian")]
    public void States_are_known_by_the_names_and_adjectives_press_releases_use(string id, string name, string adjective)
    {
        var state = Actor(id);

        state.Names.ShouldContain(name);
        state.Adjectives.ShouldContain(adjective);
    }

    [Fact]
    public void The_organisations_of_the_extraction_contract_are_there()
    {
        string[] ids = ["ASEAN", "EU", "UN", "EAEU", "SCO", "GCC", "AFRICAN-UNION", "IORA", "PIF", "ECO", "OIC", "WB", "ADB", "IMF", "WTO", "APEC"];

        foreach (var id in ids)
        {
            Actor(id).Kind.ShouldBe(ActorKind.Organisation);
        }
        Actor("ASEAN").OfficialName.ShouldBe("Association of Southeast Asian Nations");
        Actor("AU").Name.ShouldBe("Australia");
    }

    [Fact]
    public void ASEAN_Russia_is_a_strategic_partnership_since_2018_coordinated_by_Cambodia_in_2021_2024()
    {
        var russia = Catalog.Partnerships.Single(p => p.Partner == new ActorId("RU"));

        russia.Current.Status.ShouldBe(PartnershipStatus.StrategicPartner);
        russia.Current.Since.ShouldBe(new PartialDate(2018, 11, 14));
        russia.CoordinatorOn(new DateOnly(2023, 7, 5))!.Coordinator.ShouldBe(new ActorId("KH"));
    }

    [Fact]
    public void All_eleven_dialogue_partners_and_the_sectoral_and_development_partners_are_there()
    {
        string[] dialogue = ["AU", "CA", "CN", "EU", "GB", "IN", "JP", "KR", "NZ", "RU", "US"];
        var partners = Catalog.Partnerships.ToDictionary(p => p.Partner.Value);

        foreach (var id in dialogue)
        {
            partners[id].History.ShouldContain(s => s.Status == PartnershipStatus.DialoguePartner);
        }
        partners["PK"].Current.Status.ShouldBe(PartnershipStatus.SectoralDialoguePartner);
        partners["FR"].Current.Since.ShouldBe(new PartialDate(2020, 9, 9));
        partners["IN"].History.Select(s => s.Since.Year).ShouldBe([1992, 1995, 2012, 2022]);
    }

    [Fact]
    public void The_ARSOM_is_a_yearly_senior_officials_mechanism_of_ASEAN_and_Russia()
    {
        var arsom = Catalog.Mechanisms.Single(m => m.Acronym == "ARSOM");

        arsom.Kind.ShouldBe(EngagementKind.SeniorOfficialsMeeting);
        arsom.Level.ShouldBe(MechanismLevel.SeniorOfficials);
        arsom.Cadence.ShouldBe(Cadence.Annual);
        arsom.Parties.Select(p => p.Value).ShouldBe(["ASEAN", "RU"]);
    }

    [Fact]
    public void Every_dialogue_partner_has_a_post_ministerial_conference_and_a_senior_officials_mechanism()
    {
        foreach (var partner in new[] { "AU", "CA", "CN", "EU", "GB", "IN", "JP", "KR", "NZ", "RU", "US" })
        {
            var theirs = Catalog.Mechanisms.Where(m => m.Parties.SequenceEqual([new ActorId("ASEAN"), new ActorId(partner)])).ToList();
            theirs.ShouldContain(m => m.Kind == EngagementKind.MinisterialMeeting, $"{partner} PMC");
            theirs.ShouldContain(m => m.Kind == EngagementKind.SeniorOfficialsMeeting, $"{partner} SOM");
        }
    }

    [Fact]
    public void ASEAN_lists_its_ten_member_states() =>
        ReferenceCatalog.Default.Actors.Single(a => a.Id.Value == "ASEAN").Members.Select(m => m.Value).Order()
            .ShouldBe(["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]);

    [Fact]
    public void An_organisation_has_its_seat_and_a_state_has_none()
    {
        ReferenceCatalog.Default.Actors.Single(a => a.Id.Value == "ASEAN").Seat.ShouldBe("Jakarta");
        ReferenceCatalog.Default.Actors.Single(a => a.Id.Value == "RU").Seat.ShouldBeNull();
    }

    [Theory]
    [InlineData("Lee Hsien Loong", "SG")]
    [InlineData("Sergey Lavrov", "RU")]
    [InlineData("Kao Kim Hourn", "ASEAN")]
    [InlineData("Ursula von der Leyen", "EU")]
    public void Known_officials_say_whom_they_serve(string name, string actor) =>
        ReferenceCatalog.Default.Officials.Single(o => o.Name == name).Serves.ShouldBe(new ActorId(actor));

    [Fact]
    public void Every_official_serves_a_known_actor_and_no_name_is_listed_twice()
    {
        var actors = ReferenceCatalog.Default.Actors.Select(a => a.Id).ToHashSet();
        var officials = ReferenceCatalog.Default.Officials;

        officials.ShouldAllBe(o => actors.Contains(o.Serves));
        officials.Select(o => o.Name).ShouldBeUnique();
    }

    [Fact]
    public void A_yearly_mechanism_with_a_known_sitting_dates_the_others()
    {
        var aptFmm = ReferenceCatalog.Default.Mechanisms.Single(m => m.Id.Value == "apt-fmm");

        (aptFmm.YearOfSitting(19), aptFmm.YearOfSitting(24)).ShouldBe((2018, 2023));
    }

    [Fact]
    public void Every_party_named_in_the_reference_data_is_a_known_actor()
    {
        var known = Catalog.Actors.Select(a => a.Id).ToHashSet();

        Catalog.Mechanisms.SelectMany(m => m.Parties).ShouldAllBe(id => known.Contains(id));
        Catalog.Partnerships.SelectMany(p => p.Coordinators.Select(c => c.Coordinator).Append(p.Partner)).ShouldAllBe(id => known.Contains(id));
    }

    [Fact]
    public void The_gazetteer_resolves_every_city_of_the_dev_corpus_to_its_gold_country()
    {
        var cities = File.ReadLines(Repository.Path("data", "corpus", "dev", "gold.jsonl"))
            .SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("engagements").EnumerateArray())
            .Where(e => e.GetProperty("city").ValueKind == JsonValueKind.String)
            .Select(e => (City: e.GetProperty("city").GetString()!, Country: new ActorId(e.GetProperty("country").GetString()!)))
            .Distinct()
            .ToList();

        cities.Count.ShouldBeGreaterThan(30);
        foreach (var (city, country) in cities)
        {
            Catalog.Gazetteer.Resolve(city, country)?.Country.ShouldBe(country, $"{city} is not in the gazetteer under {country}");
            Catalog.Gazetteer.Resolve(city).ShouldNotBeNull($"{city} is not in the gazetteer");
        }
    }

    [Theory]
    [InlineData("Siem Reap", "KH")]
    [InlineData("Ha Noi", "VN")]
    [InlineData("Naypyidaw", "MM")]
    [InlineData("Washington D.C.", "US")]
    [InlineData("Vientiane", "LA")]
    [InlineData("Bandar Seri Begawan", "BN")]
    [InlineData("Sochi", "RU")]
    [InlineData("Nusa Dua", "ID")]
    public void Cities_press_releases_name_resolve_to_their_country(string city, string country) =>
        Catalog.Gazetteer.Resolve(city)!.Country.ShouldBe(new ActorId(country));

    [Fact]
    public void The_gazetteer_holds_the_GeoNames_places_of_1000_people_or_more() =>
        Catalog.Gazetteer.Count.ShouldBeGreaterThan(130_000);
}
