namespace Chancery.Domain;

/// <summary>
/// A recurring dialogue mechanism between parties: the ASEAN-Russia Senior Officials' Meeting (ARSOM),
/// yearly, at senior officials' level, with its known sittings by ordinal.
/// </summary>
public sealed record Mechanism
{
    public Mechanism(Key<Mechanism> id, string name, EngagementKind kind, MechanismLevel level, Cadence cadence, IEnumerable<ActorId> parties)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name.Trim();
        Kind = kind;
        Level = level;
        Cadence = cadence;
        Parties = parties.Distinct().Order().ToArray();
    }

    public Key<Mechanism> Id { get; }

    /// <summary>"ASEAN-Russia Senior Officials' Meeting".</summary>
    public string Name { get; }

    /// <summary>"ARSOM"; null where the mechanism has none.</summary>
    public string? Acronym { get; init; }

    /// <summary>Other names texts use: "ASEAN-Russia SOM".</summary>
    public IReadOnlyList<string> Aliases { get; init => field = value.ToArray(); } = [];

    public EngagementKind Kind { get; }

    public MechanismLevel Level { get; }

    /// <summary>How often the reference data says it sits.</summary>
    public Cadence Cadence { get; }

    /// <summary>How often it sits as its dated sittings show, else as declared: what the next sitting is expected by.</summary>
    public Cadence ActualCadence => Cadence.Observed(Sittings) ?? Cadence;

    /// <summary>The sides, sorted: ASEAN and RU.</summary>
    public IReadOnlyList<ActorId> Parties { get; }

    /// <summary>Known sittings, by ordinal; no ordinal twice.</summary>
    public IReadOnlyList<Sitting> Sittings
    {
        get;
        init
        {
            var sorted = value.OrderBy(s => s.Ordinal).ToArray();
            var repeated = sorted.Zip(sorted.Skip(1)).FirstOrDefault(pair => pair.First.Ordinal == pair.Second.Ordinal);
            if (repeated != default)
            {
                throw new ArgumentException($"{Name} lists its sitting {repeated.First.Ordinal} twice", nameof(value));
            }
            field = sorted;
        }
    } = [];

    /// <summary>"ARSOM", else the name.</summary>
    public string ShortName => Acronym ?? Name;

    /// <summary>The dated sitting with the highest ordinal.</summary>
    public Sitting? LatestDated => Sittings.LastOrDefault(s => s.When is not null);

    /// <summary>Records a sitting, replacing what was known of the same ordinal.</summary>
    public Mechanism WithSitting(Sitting sitting) =>
        this with { Sittings = [.. Sittings.Where(s => s.Ordinal != sitting.Ordinal), sitting] };

    /// <summary>
    /// The year a sitting of this ordinal was (or will be) held, counted by the cadence from the nearest dated
    /// sitting: a yearly mechanism whose 9th sitting was in 2022 held its 5th in 2018. Null for an irregular
    /// mechanism or one with no dated sitting.
    /// </summary>
    public int? YearOfSitting(int ordinal)
    {
        if (!Cadence.IsRegular || Sittings.Where(s => s.When is not null).MinBy(s => Math.Abs(s.Ordinal - ordinal)) is not { When: { } when } nearest)
        {
            return null;
        }
        return when.Start.AddMonths((ordinal - nearest.Ordinal) * Cadence.Months).Year;
    }

    /// <summary>
    /// The sitting the cadence expects next (as the sittings show it, else as declared): the one after the latest dated
    /// sitting, a cadence later. After the 19th ARSOM of 29 April 2023, the 20th around 29 April 2024. Null for an
    /// irregular mechanism or one with no dated sitting.
    /// </summary>
    public ExpectedSitting? ExpectedNext()
    {
        var cadence = ActualCadence;
        if (!cadence.IsRegular || LatestDated is not { When: { } when } latest)
        {
            return null;
        }
        return new ExpectedSitting(latest.Ordinal + 1, when.Start.AddMonths(cadence.Months));
    }
}
