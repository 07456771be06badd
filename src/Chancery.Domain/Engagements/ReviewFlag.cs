namespace Chancery.Domain;

/// <summary>
/// A value a source gives for a field of an engagement that the record does not hold: "2023-07-06" for the
/// date, where the record says 2023-07-05. Ingestion raises it instead of overwriting; a reviewer settles it.
/// </summary>
public sealed record ReviewFlag
{
    public ReviewFlag(EngagementField field, string proposed, Id<Source> source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(proposed);
        Field = field;
        Proposed = proposed.Trim();
        Source = source;
    }

    public EngagementField Field { get; }

    /// <summary>The value as the contract spells it: an ISO date, a slug, a city, a name.</summary>
    public string Proposed { get; }

    public Id<Source> Source { get; }
}
