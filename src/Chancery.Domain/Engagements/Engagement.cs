namespace Chancery.Domain;

/// <summary>
/// A meeting, call, visit or consultation between parties: when, what kind, which mechanism sitting,
/// where, who took part, what it covered, and the sources that report it. The courtesy call of
/// Ambassador Evgeny Zagaynov (RU) on Deputy Secretary-General Michael Tene (ASEAN), ASEAN Secretariat,
/// Jakarta, 5 July 2023.
/// </summary>
/// <remarks>Collections are kept sorted and free of repeats, so two records that say the same thing are equal in content.</remarks>
public sealed record Engagement
{
    /// <summary>
    /// The longest an engagement lasts (a state visit, a summit week, a negotiating round): a season, 92 days. Queries
    /// over dates rely on it to look only so far back for what still goes on.
    /// </summary>
    public const int MaxDays = 92;

    public Id<Engagement> Id { get; init; }

    /// <summary>The days it took; null when no source gives a date.</summary>
    public DateSpan? When { get; init; }

    public required EngagementKind Kind { get; init; }

    public SittingRef? Sitting { get; init; }

    public Place Place { get; init; } = Place.Unknown;

    /// <summary>The sides, sorted: ASEAN and RU.</summary>
    public IReadOnlyList<ActorId> Parties { get; init => field = value.Distinct().Order().ToArray(); } = [];

    /// <summary>Named people who took part, in the order the record lists them; each person once.</summary>
    public IReadOnlyList<Participant> Participants { get; init => field = value.DistinctBy(p => p.Person.IsSaved ? (object)p.Person : p.Name).ToArray(); } = [];

    public IReadOnlyList<Sector> Sectors { get; init => field = value.Distinct().Order().ToArray(); } = [];

    public IReadOnlyList<ActorStance> Stances { get; init => field = value.Distinct().OrderBy(s => s.Actor).ThenBy(s => s.Stance).ToArray(); } = [];

    /// <summary>Plans of action the engagement is tied to.</summary>
    public IReadOnlyList<Key<Plan>> Plans { get; init => field = value.Distinct().Order().ToArray(); } = [];

    /// <summary>One or two sentences in our own words.</summary>
    public string Summary { get; init => field = value?.Trim() ?? ""; } = "";

    public IReadOnlyList<Citation> Citations { get; init => field = value.DistinctBy(c => c.Source).ToArray(); } = [];

    public ReviewState Review { get; init; }

    /// <summary>What later sources say that the record does not: values for a reviewer to take or leave.</summary>
    public IReadOnlyList<ReviewFlag> Flags { get; init => field = value.Distinct().ToArray(); } = [];

    public Classification Classification { get; init; }

    /// <summary>"19th ARSOM" style label of the sitting, given the mechanism's short name.</summary>
    public static string SittingLabel(string mechanismShortName, int? ordinal) =>
        ordinal is { } n ? $"{Ordinals.English(n)} {mechanismShortName}" : mechanismShortName;
}
