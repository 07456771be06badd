using Chancery.Domain;
using Chancery.Web.Filters;

namespace Chancery.Web.Api;

/// <summary>An engagement an editor records by hand (<c>POST /api/v1/engagements</c>).</summary>
public sealed record EngagementDraft(
    string? Date = null,
    string? EndDate = null,
    string? Kind = null,
    IReadOnlyList<string>? Parties = null,
    string? Mechanism = null,
    int? Ordinal = null,
    IReadOnlyList<ParticipantDraft>? Participants = null,
    string? Venue = null,
    string? City = null,
    string? Country = null,
    bool Virtual = false,
    IReadOnlyList<string>? Sectors = null,
    string? Summary = null,
    string? Classification = null)
{
    /// <summary>The engagement, or the problems with the fields, keyed by field.</summary>
    public (Engagement? Engagement, Dictionary<string, string[]> Problems) ToEngagement(Classification clearance)
    {
        var problems = new Dictionary<string, string[]>();
        var when = Fields.Span(Date, EndDate, problems);
        var kind = Slugs.Required<EngagementKind>(Kind, "kind", problems);
        var parties = Fields.Actors(Parties, "parties", problems);
        if (parties.Count < 2 && !problems.ContainsKey("parties"))
        {
            problems["parties"] = ["an engagement has at least two sides, such as [\"ASEAN\", \"RU\"]"];
        }
        var sitting = Sitting(problems);
        var participants = new List<Participant>();
        foreach (var (draft, index) in (Participants ?? []).Select((p, i) => (p, i)))
        {
            if (draft.Person is not > 0 || string.IsNullOrWhiteSpace(draft.Name))
            {
                problems[$"participants[{index}]"] = ["a participant is a person's id and the name the record shows"];
                continue;
            }
            participants.Add(new Participant(new Id<Person>(draft.Person.Value), draft.Name, draft.Title ?? "", Fields.Actor(draft.Affiliation, $"participants[{index}].affiliation", problems)));
        }
        var sectors = (Sectors ?? []).Select((slug, i) => Slugs.Read<Sector>(slug, $"sectors[{i}]", problems)).OfType<Sector>().ToList();
        var classification = Fields.Classification(Classification, clearance, problems);
        var country = Fields.Actor(Country, "country", problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new Engagement
        {
            When = when,
            Kind = kind!.Value,
            Sitting = sitting,
            Parties = parties,
            Participants = participants,
            Place = new Place { Venue = Venue, City = City, Country = country, Virtual = Virtual },
            Sectors = sectors,
            Summary = Summary ?? "",
            Classification = classification ?? Domain.Classification.Public,
        }, problems);
    }

    private SittingRef? Sitting(Dictionary<string, string[]> problems)
    {
        if (Ordinal is <= 0)
        {
            problems["ordinal"] = ["an ordinal counts from 1"];
        }
        if (Mechanism is null)
        {
            if (Ordinal is not null)
            {
                problems["ordinal"] = ["an ordinal needs the mechanism whose sittings it counts"];
            }
            return null;
        }
        if (!Key<Domain.Mechanism>.TryParse(Mechanism, out var mechanism))
        {
            problems["mechanism"] = [$"'{Mechanism}' is not a mechanism id such as asean-ru-som"];
            return null;
        }
        return Ordinal is <= 0 ? null : new SittingRef(mechanism, Ordinal);
    }
}
