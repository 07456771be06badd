namespace Chancery.Domain;

/// <summary>
/// ASEAN's relationship with one external partner over time: the statuses it has held and the
/// member states that coordinated it. ASEAN-Russia: dialogue partner since 1996, strategic partner
/// since 2018, coordinated by Cambodia from 2021 to 2024.
/// </summary>
public sealed record Partnership
{
    public Partnership(ActorId partner, IEnumerable<StatusPeriod> history, IEnumerable<CoordinatorTerm>? coordinators = null)
    {
        History = history.ToArray();
        if (History.Count == 0)
        {
            throw new ArgumentException($"the partnership with {partner} needs at least one status", nameof(history));
        }
        for (var i = 1; i < History.Count; i++)
        {
            if (History[i].Since.CompareTo(History[i - 1].Since) <= 0)
            {
                throw new ArgumentException($"the statuses of the partnership with {partner} must be in the order they began", nameof(history));
            }
        }
        Partner = partner;
        Coordinators = (coordinators ?? []).OrderBy(term => term.From).ToArray();
    }

    public ActorId Partner { get; }

    /// <summary>Statuses in the order they began; the last is the current one.</summary>
    public IReadOnlyList<StatusPeriod> History { get; }

    public IReadOnlyList<CoordinatorTerm> Coordinators { get; }

    public StatusPeriod Current => History[^1];

    /// <summary>The status held on a date, or null before the relationship began.</summary>
    /// <remarks>A status known only to the year counts from the first day of that year.</remarks>
    public StatusPeriod? StatusOn(DateOnly date) => History.LastOrDefault(period => period.Since.Earliest <= date);

    /// <summary>The coordinator on a date; where two terms meet in a year, the one that began later.</summary>
    public CoordinatorTerm? CoordinatorOn(DateOnly date) => Coordinators.LastOrDefault(term => term.Covers(date));
}
