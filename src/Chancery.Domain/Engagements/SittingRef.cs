namespace Chancery.Domain;

/// <summary>Which mechanism an engagement is a sitting of, and its ordinal when the text gives one ("19th").</summary>
public sealed record SittingRef
{
    public SittingRef(Key<Mechanism> mechanism, int? ordinal = null)
    {
        if (ordinal is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "an ordinal counts from 1");
        }
        Mechanism = mechanism;
        Ordinal = ordinal;
    }

    public Key<Mechanism> Mechanism { get; }

    public int? Ordinal { get; }
}
