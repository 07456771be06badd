using Chancery.Domain;

namespace Chancery.App.Registry;

/// <summary>
/// What an editor changes about a person: a new name (the old one stays as an alias, since texts still use it), more
/// aliases, more positions. Nothing known is dropped.
/// </summary>
public sealed record PersonEdit
{
    public string? Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<Position> Positions { get; init; } = [];

    public bool IsEmpty => Name is null && Aliases.Count == 0 && Positions.Count == 0;

    public Person ApplyTo(Person person)
    {
        var renamed = Name is null || Name.Trim() == person.Name
            ? person
            : new Person(Name) { Id = person.Id, Aliases = [.. person.Aliases, person.Name], Positions = person.Positions };
        return renamed with
        {
            Aliases = [.. renamed.Aliases, .. Aliases],
            Positions = [.. renamed.Positions, .. Positions.Where(p => !renamed.Positions.Contains(p))],
        };
    }
}
