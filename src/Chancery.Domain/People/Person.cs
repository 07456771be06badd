namespace Chancery.Domain;

/// <summary>A named official, with the other ways texts name them and the positions they held.</summary>
public sealed record Person
{
    public Person(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public Id<Person> Id { get; init; }

    /// <summary>The name as usually written in English, without honorifics: "Evgeny Zagaynov".</summary>
    public string Name { get; }

    /// <summary>Other spellings and forms: "Evgeniy Zagainov".</summary>
    public IReadOnlyList<string> Aliases { get; init => field = value.Select(a => a.Trim()).Where(a => a.Length > 0 && a != Name).Distinct().ToArray(); } = [];

    /// <summary>Positions, earliest known first.</summary>
    public IReadOnlyList<Position> Positions { get; init => field = value.OrderBy(p => p.From ?? DateOnly.MinValue).ToArray(); } = [];

    /// <summary>The position held on a date: of those the date falls in, the one that began last.</summary>
    public Position? PositionOn(DateOnly date) => Positions.LastOrDefault(p => p.MayBeHeldOn(date));
}
