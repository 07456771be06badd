using Chancery.Domain;

namespace Chancery.Store;

/// <summary>A filter over people: by words of their name or alias, by whom they have served.</summary>
public sealed record PeopleQuery
{
    public static PeopleQuery All { get; } = new();

    /// <summary>The one person of this id.</summary>
    public Id<Person>? Id { get; init; }

    /// <summary>People stored after this one (of a greater id): those another process added since.</summary>
    public Id<Person>? After { get; init; }

    public SearchText? Name { get; init; }

    /// <summary>People who held a position of this state or organisation.</summary>
    public ActorId? Affiliation { get; init; }

    public int? Limit { get; init; }

    /// <summary>
    /// The asker's: a person known only from engagements above it is left out, as those engagements are. People known
    /// from no engagement (the reference data's officials) are everyone's.
    /// </summary>
    public Classification Clearance { get; init; } = Classification.Confidential;
}
