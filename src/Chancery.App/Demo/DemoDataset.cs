using System.Text.Json;
using Chancery.Domain;

namespace Chancery.App;

/// <summary>
/// The demo dataset embedded from data/demo/demo.json, as domain records: real engagements from the
/// dev corpus, their people, sources with evidence, the mechanisms and plans they name.
/// People and sources are known by the keys the file gives them until the store numbers them.
/// </summary>
internal sealed class DemoDataset
{
    private DemoDataset(DemoJson json) => Json = json;

    public DemoJson Json { get; }

    public static DemoDataset Load()
    {
        using var stream = typeof(DemoDataset).Assembly.GetManifestResourceStream("demo/demo.json")
            ?? throw new InvalidOperationException("the demo dataset was not embedded at build time");
        return new DemoDataset(JsonSerializer.Deserialize(stream, DemoJsonContext.Default.DemoJson)
            ?? throw new InvalidOperationException("the embedded demo dataset is empty"));
    }

    public IEnumerable<(string Key, Person Person)> People() =>
        Json.People.Select(p => (p.Key, new Person(p.Name)
        {
            Positions = [.. p.Positions.Select(position => new Position(position.Title, ActorId.Parse(position.Affiliation))
            {
                AccreditedTo = position.AccreditedTo is { } post ? ActorId.Parse(post) : null,
                Portfolio = position.Portfolio,
            })],
        }));

    public IEnumerable<Mechanism> Mechanisms() =>
        Json.Mechanisms.Select(m => new Mechanism(
            new Key<Mechanism>(m.Id), m.Name, Taxonomy<EngagementKind>.Parse(m.Kind), Taxonomy<MechanismLevel>.Parse(m.Level),
            Cadence.Parse(m.Cadence), m.Parties.Select(ActorId.Parse))
        { Acronym = m.Acronym });

    public IEnumerable<Plan> Plans() =>
        Json.Plans.Select(p => new Plan(
            new Key<Plan>(p.Id), p.Title, p.ShortTitle, p.Parties.Select(ActorId.Parse), p.FirstYear, p.LastYear,
            p.Sections.Select(s => new PlanSection(ActionLineNumber.Parse(s.Number), s.Title, s.ActionLines.Select(line => new ActionLine(
                ActionLineNumber.Parse(line.Number), line.Text,
                line.Sector is { } sector ? Taxonomy<Sector>.Parse(sector) : null,
                Taxonomy<ImplementationStatus>.Parse(line.Status)))))));

    public IEnumerable<(string Key, Source Source)> Sources() =>
        Json.Sources.Select(s => (s.Key, new Source
        {
            Text = s.Text,
            Title = s.Title,
            Outlet = s.Outlet,
            Published = s.Published is { } published ? IsoDate.Parse(published) : null,
        }));

    /// <summary>The engagements, with people and sources resolved to the ids the store gave them.</summary>
    public IEnumerable<Engagement> Engagements(IReadOnlyDictionary<string, Person> people, IReadOnlyDictionary<string, Id<Source>> sources) =>
        Json.Engagements.Select(e => new Engagement
        {
            When = e.Date is { } date ? new DateSpan(IsoDate.Parse(date), e.EndDate is { } end ? IsoDate.Parse(end) : null) : null,
            Kind = Taxonomy<EngagementKind>.Parse(e.Kind),
            Sitting = e.Mechanism is { } mechanism ? new SittingRef(new Key<Mechanism>(mechanism), e.Ordinal) : null,
            Place = new Place
            {
                Venue = e.Venue,
                City = e.City,
                Country = e.Country is { } country ? ActorId.Parse(country) : null,
                Virtual = e.Virtual,
            },
            Parties = [.. e.Parties.Select(ActorId.Parse)],
            Participants = [.. e.Participants.Select(p => new Participant(
                people[p.Person].Id, people[p.Person].Name, p.Title, p.Affiliation is { } affiliation ? ActorId.Parse(affiliation) : null))],
            Sectors = [.. e.Sectors.Select(Taxonomy<Sector>.Parse)],
            Stances = [.. e.Stances.Select(s => new ActorStance(ActorId.Parse(s.Actor), Taxonomy<Stance>.Parse(s.Stance)))],
            Plans = [.. e.Plans.Select(p => new Key<Plan>(p))],
            Summary = e.Summary,
            Review = Taxonomy<ReviewState>.Parse(e.Review),
            Classification = Taxonomy<Classification>.Parse(e.Classification),
            Citations = [.. e.Citations.Select(c => new Citation(sources[c.Source], Taxonomy<CitationRole>.Parse(c.Role))
            {
                Evidence = [.. c.Evidence.Select(span => new EvidenceSpan(Taxonomy<EngagementField>.Parse(span.Field), span.Start, span.End, span.Confidence, span.Value))],
            })],
        });
}
