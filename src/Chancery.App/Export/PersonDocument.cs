using Chancery.Domain;

namespace Chancery.App;

/// <summary>A person as JSON, with every known position.</summary>
public sealed record PersonDocument(long Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<PositionDocument> Positions)
{
    public static PersonDocument From(Person person) => new(
        person.Id.Value,
        person.Name,
        person.Aliases,
        [.. person.Positions.Select(p => new PositionDocument(p.Title, p.Affiliation.Value, p.AccreditedTo?.Value, p.Portfolio,
            p.From is { } from ? IsoDate.Format(from) : null, p.To is { } to ? IsoDate.Format(to) : null))]);
}

public sealed record PositionDocument(string Title, string Affiliation, string? AccreditedTo, string? Portfolio, string? From, string? To);
