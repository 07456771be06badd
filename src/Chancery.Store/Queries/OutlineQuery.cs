using Chancery.Domain;

namespace Chancery.Store;

/// <summary>
/// Which engagements to outline: those of a kind over some days, or the sittings of a mechanism with an ordinal;
/// never those a given source already cites. What finding the engagement a new report is about needs, and no more.
/// </summary>
public sealed record OutlineQuery
{
    public EngagementKind? Kind { get; init; }

    /// <summary>Engagements that end on or after this day.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Engagements that start on or before this day.</summary>
    public DateOnly? Until { get; init; }

    public Key<Mechanism>? Mechanism { get; init; }

    public int? Ordinal { get; init; }

    /// <summary>Leaves out the engagements this source cites: a document tells the engagements it reports apart.</summary>
    public Id<Source>? NotCitedBy { get; init; }
}
