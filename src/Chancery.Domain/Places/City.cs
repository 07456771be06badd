namespace Chancery.Domain;

/// <summary>A populated place of the gazetteer: its English name, other names, country and size.</summary>
public sealed record City(string Name, ActorId Country, int Population)
{
    public IReadOnlyList<string> AlternateNames { get; init => field = value.ToArray(); } = [];

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
