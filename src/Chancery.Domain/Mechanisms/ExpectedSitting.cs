namespace Chancery.Domain;

/// <summary>A sitting a mechanism's cadence predicts: its ordinal and about when.</summary>
public sealed record ExpectedSitting(int Ordinal, DateOnly Around)
{
    /// <summary>True once the expected day is more than <paramref name="graceDays"/> in the past.</summary>
    public bool IsOverdue(DateOnly today, int graceDays = 60) => Around.AddDays(graceDays) < today;
}
