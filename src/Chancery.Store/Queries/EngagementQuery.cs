using Chancery.Domain;

namespace Chancery.Store;

/// <summary>
/// A filter over the engagement log. Every criterion given must hold. <see cref="Clearance"/> is the
/// highest classification the asker may see: nothing above it is returned or counted.
/// </summary>
public sealed record EngagementQuery
{
    /// <summary>An actor among the parties.</summary>
    public ActorId? Party { get; init; }

    /// <summary>Engagements that end on or after this day.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Engagements that start on or before this day.</summary>
    public DateOnly? Until { get; init; }

    public EngagementKind? Kind { get; init; }

    public Sector? Sector { get; init; }

    public Key<Mechanism>? Mechanism { get; init; }

    /// <summary>A person among the participants.</summary>
    public Id<Person>? Person { get; init; }

    public ReviewState? Review { get; init; }

    /// <summary>Only engagements with flags a later source raised for review.</summary>
    public bool Flagged { get; init; }

    /// <summary>Words to find in the engagement's summary, names and place.</summary>
    public SearchText? Text { get; init; }

    public Classification Clearance { get; init; } = Classification.Public;

    /// <summary>At most this many rows; null for every match.</summary>
    public int? Limit { get; init; }

    public int Offset { get; init; }

    /// <summary>
    /// False: only the page is read, and its total is left unknown (-1). For a glance at the newest of a large log,
    /// where counting every match would cost more than the page.
    /// </summary>
    public bool Counted { get; init; } = true;
}
