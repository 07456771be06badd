using Chancery.Domain;

namespace Chancery.App;

/// <summary>
/// An engagement as JSON for scripts and the API: the fields of the extraction contract (SCHEMA.md)
/// plus the record's id, summary, review state, classification and its sources with evidence.
/// </summary>
public sealed record EngagementDocument(
    long Id,
    string? Date,
    string? EndDate,
    string Kind,
    MechanismDocument? Mechanism,
    string? Venue,
    string? City,
    string? Country,
    bool Virtual,
    IReadOnlyList<string> Parties,
    IReadOnlyList<ParticipantDocument> Participants,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<StanceDocument> Stances,
    IReadOnlyList<string> Plans,
    string Summary,
    string Review,
    string Classification,
    IReadOnlyList<CitationDocument> Sources)
{
    /// <summary>Values later sources give that the record does not hold, for a reviewer to settle.</summary>
    public IReadOnlyList<FlagDocument> Flags { get; init; } = [];

    /// <summary>Maps a record; <paramref name="mechanisms"/> and <paramref name="sources"/> supply names and quoted text where known.</summary>
    public static EngagementDocument From(Engagement e, IReadOnlyDictionary<Key<Mechanism>, Mechanism> mechanisms, IReadOnlyDictionary<Id<Source>, Source> sources) => new(
        e.Id.Value,
        e.When is { } when ? IsoDate.Format(when.Start) : null,
        e.When?.End is { } end ? IsoDate.Format(end) : null,
        Taxonomy<EngagementKind>.Slug(e.Kind),
        e.Sitting is { } sitting ? MechanismDocument.From(sitting, mechanisms.GetValueOrDefault(sitting.Mechanism)) : null,
        e.Place.Venue,
        e.Place.City,
        e.Place.Country?.Value,
        e.Place.Virtual,
        [.. e.Parties.Select(p => p.Value)],
        [.. e.Participants.Select(p => new ParticipantDocument(p.Person.Value, p.Name, p.Title, p.Affiliation?.Value))],
        [.. e.Sectors.Select(Taxonomy<Sector>.Slug)],
        [.. e.Stances.Select(s => new StanceDocument(s.Actor.Value, Taxonomy<Stance>.Slug(s.Stance)))],
        [.. e.Plans.Select(p => p.Value)],
        e.Summary,
        Taxonomy<ReviewState>.Slug(e.Review),
        Taxonomy<Classification>.Slug(e.Classification),
        [.. e.Citations.Select(c => CitationDocument.From(c, sources.GetValueOrDefault(c.Source)))])
    {
        // A flag of a source the reader may not see is dropped with the source.
        Flags = [.. e.Flags.Where(f => sources.ContainsKey(f.Source)).Select(f => new FlagDocument(Taxonomy<EngagementField>.Slug(f.Field), f.Proposed, f.Source.Value))],
    };
}

public sealed record MechanismDocument(string Id, string? Name, string? Acronym, int? Ordinal)
{
    public static MechanismDocument From(SittingRef sitting, Mechanism? mechanism) =>
        new(sitting.Mechanism.Value, mechanism?.Name, mechanism?.Acronym, sitting.Ordinal);
}

public sealed record ParticipantDocument(long PersonId, string Name, string Title, string? Affiliation);

public sealed record StanceDocument(string Actor, string Stance);

public sealed record CitationDocument(long SourceId, string? Title, string Role, IReadOnlyList<EvidenceDocument> Evidence)
{
    public static CitationDocument From(Citation citation, Source? source) => new(
        citation.Source.Value,
        source?.Title,
        Taxonomy<CitationRole>.Slug(citation.Role),
        [.. citation.Evidence.Select(span => new EvidenceDocument(
            Taxonomy<EngagementField>.Slug(span.Field), span.Start, span.End, span.Confidence, span.Value, source is null ? null : span.Quote(source.Text)))]);
}

public sealed record FlagDocument(string Field, string Proposed, long SourceId);

public sealed record EvidenceDocument(string Field, int Start, int End, double Confidence, string? Value, string? Quote);
