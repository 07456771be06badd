using Chancery.Domain;

namespace Chancery.Testing;

/// <summary>Records from the seed's story, for tests that need real-looking data.</summary>
public static class Samples
{
    public static readonly ActorId Asean = new("ASEAN");
    public static readonly ActorId Russia = new("RU");
    public static readonly ActorId Cambodia = new("KH");
    public static readonly ActorId Indonesia = new("ID");
    public static readonly Key<Mechanism> Arsom = new("asean-ru-som");
    public static readonly Key<Plan> Cpa = new("asean-ru-cpa-2021-2025");

    public static Actor RussiaActor => new(Russia, ActorKind.State, "Russia", "Russian Federation")
    {
        Aliases = ["the Russian Federation"],
        Demonyms = ["Russian"],
        Adjectives = ["Russian"],
        Capital = "Moscow",
    };

    public static Actor AseanActor => new(Asean, ActorKind.Organisation, "ASEAN", "Association of Southeast Asian Nations")
    {
        Aliases = ["ASEAN Secretariat"],
        Adjectives = ["ASEAN"],
    };

    public static Actor CambodiaActor => new(Cambodia, ActorKind.State, "Cambodia", "Kingdom of Cambodia") { Adjectives = ["Cambodian"] };

    public static Actor IndonesiaActor => new(Indonesia, ActorKind.State, "Indonesia", "Republic of Indonesia") { Adjectives = ["Indonesian"] };

    public static Partnership RussiaPartnership => new(
        Russia,
        [new StatusPeriod(PartnershipStatus.DialoguePartner, new PartialDate(1996)), new StatusPeriod(PartnershipStatus.StrategicPartner, new PartialDate(2018, 11, 14))],
        [new CoordinatorTerm(Cambodia, new PartialDate(2021), new PartialDate(2024))]);

    public static Mechanism ArsomMechanism => new(Arsom, "ASEAN-Russia Senior Officials' Meeting", EngagementKind.SeniorOfficialsMeeting,
        MechanismLevel.SeniorOfficials, Cadence.Annual, [Asean, Russia])
    {
        Acronym = "ARSOM",
        Aliases = ["ASEAN-Russia SOM"],
    };

    public static Person Tene => new("Michael Tene")
    {
        Positions = [new Position("Deputy Secretary-General", Asean) { Portfolio = "ASEAN Political-Security Community" }],
    };

    public static Person Zagaynov => new("Evgeny Zagaynov")
    {
        Aliases = ["Evgeniy Zagaynov"],
        Positions = [new Position("Ambassador", Russia) { AccreditedTo = Asean }],
    };

    public static Plan CpaPlan => new(Cpa, "ASEAN-Russia Comprehensive Plan of Action 2021-2025", "CPA 2021-2025", [Asean, Russia], 2021, 2025,
    [
        new PlanSection(ActionLineNumber.Parse("1"), "Political and security cooperation",
        [
            new ActionLine(ActionLineNumber.Parse("1.1"), "Keep up regular dialogue.", Sector.PoliticalSecurity, ImplementationStatus.Implemented),
            new ActionLine(ActionLineNumber.Parse("1.2"), "Work together against terrorism.", Sector.CounterTerrorism, ImplementationStatus.Ongoing),
        ]),
        new PlanSection(ActionLineNumber.Parse("2"), "Economic cooperation",
        [
            new ActionLine(ActionLineNumber.Parse("2.1"), "Widen trade and investment.", Sector.Trade),
        ]),
    ]);

    public const string CourtesyCallText =
        "JAKARTA, 5 July 2023 - Russia's envoy to ASEAN, Ambassador Evgeny Zagaynov, paid a courtesy call today on Michael Tene, " +
        "Deputy Secretary-General of ASEAN, at the ASEAN Secretariat. They discussed trade, investment and education, and Russia " +
        "reaffirmed its support for ASEAN Centrality. The 19th ARSOM met in Siem Reap on 29 April 2023.";

    public static Source CourtesyCallSource => new()
    {
        Text = CourtesyCallText,
        Title = "ASEAN and Russia look to deepen dialogue relations",
        Outlet = "Test outlet",
        Url = new Uri("https://example.org/asean-russia"),
        Published = new DateOnly(2023, 7, 5),
    };

    /// <summary>The courtesy call of 5 July 2023, citing <paramref name="source"/> with evidence spans into <see cref="CourtesyCallText"/>.</summary>
    public static Engagement CourtesyCall(Id<Person> tene, Id<Person> zagaynov, Id<Source> source) => new()
    {
        When = new DateSpan(new DateOnly(2023, 7, 5)),
        Kind = EngagementKind.CourtesyCall,
        Place = new Place { Venue = "ASEAN Secretariat", City = "Jakarta", Country = Indonesia },
        Parties = [Russia, Asean],
        Participants =
        [
            new Participant(tene, "Michael Tene", "Deputy Secretary-General", Asean),
            new Participant(zagaynov, "Evgeny Zagaynov", "Ambassador", Russia),
        ],
        Sectors = [Sector.Trade, Sector.Investment, Sector.Education],
        Stances = [new ActorStance(Russia, Stance.SupportsAseanCentrality)],
        Summary = "Ambassador Zagaynov paid a courtesy call on Deputy Secretary-General Tene at the ASEAN Secretariat.",
        Review = ReviewState.Confirmed,
        Citations =
        [
            new Citation(source, CitationRole.Primary)
            {
                Evidence =
                [
                    Span(EngagementField.Date, "5 July 2023"),
                    Span(EngagementField.Participants, "Evgeny Zagaynov", "Evgeny Zagaynov"),
                    Span(EngagementField.Participants, "Michael Tene", "Michael Tene"),
                    Span(EngagementField.Venue, "ASEAN Secretariat"),
                ],
            },
        ],
    };

    /// <summary>The 19th ARSOM of 29 April 2023 in Siem Reap, as the courtesy call's source mentions it.</summary>
    public static Engagement NineteenthArsom(Id<Source> source) => new()
    {
        When = new DateSpan(new DateOnly(2023, 4, 29)),
        Kind = EngagementKind.SeniorOfficialsMeeting,
        Sitting = new SittingRef(Arsom, 19),
        Place = new Place { City = "Siem Reap", Country = Cambodia },
        Parties = [Asean, Russia],
        Plans = [Cpa],
        Summary = "19th ASEAN-Russia Senior Officials' Meeting, held in Siem Reap.",
        Citations = [new Citation(source, CitationRole.Mentioned) { Evidence = [Span(EngagementField.Mechanism, "19th ARSOM")] }],
    };

    /// <summary>A span over the first occurrence of <paramref name="quote"/> in <see cref="CourtesyCallText"/>.</summary>
    public static EvidenceSpan Span(EngagementField field, string quote, string? value = null)
    {
        var start = CourtesyCallText.IndexOf(quote, StringComparison.Ordinal);
        return new EvidenceSpan(field, start, start + quote.Length, 0.9, value);
    }
}
