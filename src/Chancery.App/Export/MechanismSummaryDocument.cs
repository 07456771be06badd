using Chancery.Domain;

namespace Chancery.App;

/// <summary>A mechanism as JSON: what it is, its sittings, and the sitting its cadence expects next.</summary>
public sealed record MechanismSummaryDocument(
    string Id,
    string Name,
    string? Acronym,
    string Kind,
    string Level,
    string Cadence,
    IReadOnlyList<string> Parties,
    IReadOnlyList<SittingDocument> Sittings,
    ExpectedSittingDocument? ExpectedNext)
{
    public static MechanismSummaryDocument From(Mechanism m, DateOnly today) => new(
        m.Id.Value,
        m.Name,
        m.Acronym,
        Taxonomy<EngagementKind>.Slug(m.Kind),
        Taxonomy<MechanismLevel>.Slug(m.Level),
        m.Cadence.ToString(),
        [.. m.Parties.Select(p => p.Value)],
        [.. m.Sittings.Select(s => new SittingDocument(s.Ordinal, s.When is { } w ? IsoDate.Format(w.Start) : null, s.When?.End is { } end ? IsoDate.Format(end) : null, s.City, s.Country?.Value))],
        m.ExpectedNext() is { } next ? new ExpectedSittingDocument(next.Ordinal, IsoDate.Format(next.Around), next.IsOverdue(today)) : null);
}

public sealed record SittingDocument(int Ordinal, string? Date, string? EndDate, string? City, string? Country);

public sealed record ExpectedSittingDocument(int Ordinal, string Around, bool Overdue);
