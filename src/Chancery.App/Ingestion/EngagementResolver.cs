using Chancery.Domain;
using Chancery.Extraction.Output;
using Chancery.Store;

namespace Chancery.App.Ingestion;

/// <summary>
/// Turns an extracted engagement into a draft record of the store: its people are the people the store knows
/// (or new ones, with the position the text gives), its sitting is of a known mechanism, its plans are known
/// plans, and the sides, places and stances it names are actors the store holds.
/// </summary>
internal sealed class EngagementResolver
{
    private readonly HashSet<ActorId> actors;
    private readonly PeopleIndex people;
    private readonly MechanismResolver mechanisms;
    private readonly PlanResolver plans;

    /// <summary>The greatest id of the people known: those stored since by others have greater ones.</summary>
    private long lastPerson;

    private EngagementResolver(IEnumerable<Actor> actors, IReadOnlyList<Person> people, IReadOnlyList<Mechanism> mechanisms, IReadOnlyList<Plan> plans)
    {
        this.actors = [.. actors.Select(a => a.Id)];
        this.people = new PeopleIndex(people);
        lastPerson = people.Count == 0 ? 0 : people.Max(p => p.Id.Value);
        this.mechanisms = new MechanismResolver(mechanisms);
        this.plans = new PlanResolver(plans);
    }

    public static async Task<EngagementResolver> LoadAsync(IStoreReader reader, CancellationToken cancellationToken) => new(
        await reader.ActorsAsync(cancellationToken),
        await reader.PeopleAsync(PeopleQuery.All, cancellationToken),
        await reader.MechanismsAsync(cancellationToken: cancellationToken),
        await reader.PlansAsync(cancellationToken));

    /// <summary>
    /// Learns the people other workers stored since this resolver was loaded or last caught up, so that a worker does not
    /// add again someone another worker added: called at the start of each write transaction, when no one else writes.
    /// </summary>
    public async Task CatchUpAsync(IStoreReader reader, CancellationToken cancellationToken)
    {
        foreach (var person in await reader.PeopleAsync(new PeopleQuery { After = new Id<Person>(lastPerson) }, cancellationToken))
        {
            people.Add(person);
            lastPerson = Math.Max(lastPerson, person.Id.Value);
        }
    }

    public async Task<Engagement> ResolveAsync(IStoreWriter writer, ExtractedEngagement extracted, Id<Source> source, Classification classification, CancellationToken cancellationToken)
    {
        var parties = extracted.Parties.Where(actors.Contains).ToList();
        var participants = new List<Participant>();
        foreach (var participant in extracted.Participants)
        {
            var affiliation = participant.Affiliation is { } side && actors.Contains(side) ? side : (ActorId?)null;
            var person = await PersonAsync(writer, participant.Name, participant.Title, affiliation, extracted.Date, cancellationToken);
            // A person named without a title is taken to hold, on the day, the position the store knows them in then.
            var held = participant.Title is null && extracted.Date is { } day ? person.PositionOn(day) : null;
            participants.Add(new Participant(person.Id, person.Name, participant.Title ?? held?.Title ?? "", affiliation ?? held?.Affiliation));
        }
        var mechanism = extracted.Mechanism is { } sitting ? mechanisms.Find(sitting.Acronym, extracted.Kind, parties) : null;
        return new Engagement
        {
            // An end that would make it last longer than any engagement is a reading gone wrong: the first day stands alone.
            When = extracted.Date is { } date ? new DateSpan(date, extracted.EndDate is { } end && end > date && end.DayNumber - date.DayNumber < Engagement.MaxDays ? end : null) : null,
            Kind = extracted.Kind,
            Sitting = mechanism is null ? null : new SittingRef(mechanism.Id, extracted.Mechanism?.Ordinal is > 0 ? extracted.Mechanism.Ordinal : null),
            Place = new Place
            {
                City = extracted.City,
                Country = extracted.Country is { } country && actors.Contains(country) ? country : null,
                Virtual = extracted.Virtual,
            },
            Parties = parties,
            Participants = participants,
            Sectors = extracted.Sectors,
            Stances = [.. extracted.Stances.Where(s => actors.Contains(s.Actor))],
            Plans = [.. extracted.Plans.Select(label => plans.Find(label, parties)).OfType<Plan>().Select(p => p.Id)],
            Summary = Summary(extracted, mechanism),
            Review = ReviewState.Draft,
            Classification = classification,
            Citations = [new Citation(source, extracted.Role) { Evidence = extracted.Evidence }],
        };
    }

    /// <summary>
    /// The person a document names: one the store knows, else a new one. The title the document gives is a position
    /// held on the engagement's day: one not known is added from that day; one known from a later day is known from this one.
    /// </summary>
    private async Task<Person> PersonAsync(IStoreWriter writer, string name, string? title, ActorId? affiliation, DateOnly? date, CancellationToken cancellationToken)
    {
        var known = people.Find(name, affiliation);
        var position = affiliation is { } side && !string.IsNullOrWhiteSpace(title) ? new Position(title, side, date) : null;
        var held = position is null ? null : known?.Positions.FirstOrDefault(p => p.Affiliation == position.Affiliation && string.Equals(p.Title, position.Title, StringComparison.OrdinalIgnoreCase));
        if (known is not null && (position is null || (held is not null && !HeldEarlier(held, date))))
        {
            return known;
        }
        var person = known is null
            ? new Person(name) { Positions = position is null ? [] : [position] }
            : known with { Positions = [.. known.Positions.Where(p => p != held), held is null ? position! : Since(held, date!.Value)] };
        person = person with { Id = await writer.SavePersonAsync(person, cancellationToken) };
        lastPerson = Math.Max(lastPerson, person.Id.Value);
        if (known is null)
        {
            people.Add(person);
        }
        else
        {
            people.Replace(known, person);
        }
        return person;
    }

    /// <summary>Whether a document shows a position held before the first day the store knew it held.</summary>
    private static bool HeldEarlier(Position held, DateOnly? date) => held.From is { } from && date < from;

    private static Position Since(Position held, DateOnly date) =>
        new(held.Title, held.Affiliation, date, held.To) { AccreditedTo = held.AccreditedTo, Portfolio = held.Portfolio };

    /// <summary>"Courtesy call, ASEAN and RU: Evgeny Zagaynov, Michael Tene (Jakarta)": what the record is, in one line.</summary>
    private static string Summary(ExtractedEngagement extracted, Mechanism? mechanism)
    {
        var what = mechanism is not null ? Engagement.SittingLabel(mechanism.ShortName, extracted.Mechanism?.Ordinal) : Taxonomy<EngagementKind>.Label(extracted.Kind);
        var sides = extracted.Parties.Count > 0 ? $", {string.Join(" and ", extracted.Parties)}" : "";
        var who = extracted.Participants.Count > 0 ? $": {string.Join(", ", extracted.Participants.Select(p => p.Name))}" : "";
        var where = extracted.City is { } city ? $" ({city})" : extracted.Virtual ? " (by videoconference)" : "";
        return $"{what}{sides}{who}{where}";
    }
}
