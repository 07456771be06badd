using Chancery.Domain;

namespace Chancery.Store;

/// <summary>A filter over people: by words of their name or alias, by whom they have served.</summary>
public sealed record PeopleQuery
{
    public static PeopleQuery All { get; } = new();

    public SearchText? Name { get; init; }

    /// <summary>People who held a position of this state or organisation.</summary>
    public ActorId? Affiliation { get; init; }

    public int? Limit { get; init; }
}
