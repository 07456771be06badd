namespace Chancery.Domain;

/// <summary>
/// A state or an organisation, with every name a text may call it by: "Russian Federation" (official),
/// "Russia" (name), "the Russian Federation" (alias), "Russians" (demonym), "Russian" (adjective, as in "the Russian side").
/// </summary>
public sealed record Actor
{
    public Actor(ActorId id, ActorKind kind, string name, string officialName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Kind = kind;
        Name = name;
        OfficialName = string.IsNullOrWhiteSpace(officialName) ? name : officialName;
    }

    public ActorId Id { get; }

    public ActorKind Kind { get; }

    /// <summary>The short English name: "Russia", "Viet Nam" is an alias of "Vietnam".</summary>
    public string Name { get; }

    public string OfficialName { get; }

    public IReadOnlyList<string> Aliases { get; init => field = Distinct(value); } = [];

    public IReadOnlyList<string> Demonyms { get; init => field = Distinct(value); } = [];

    public IReadOnlyList<string> Adjectives { get; init => field = Distinct(value); } = [];

    /// <summary>A state's capital city ("the Malaysian capital" is Kuala Lumpur); null for an organisation.</summary>
    public string? Capital { get; init; }

    /// <summary>An organisation's seat, the city its secretariat works in ("Jakarta" for ASEAN); null for a state.</summary>
    public string? Seat { get; init; }

    /// <summary>An organisation's member states, where the reference data lists them: ASEAN's ten.</summary>
    public IReadOnlyList<ActorId> Members { get; init => field = value.Distinct().ToArray(); } = [];

    /// <summary>Every name that designates the actor itself (not its people): name, official name and aliases.</summary>
    public IEnumerable<string> Names => Distinct([Name, OfficialName, .. Aliases]);

    private static string[] Distinct(IEnumerable<string> names) =>
        names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
