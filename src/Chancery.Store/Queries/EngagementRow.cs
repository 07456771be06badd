using Chancery.Domain;

namespace Chancery.Store;

/// <summary>An engagement as a line of the log: enough to list it, not its people or evidence.</summary>
public sealed record EngagementRow(
    Id<Engagement> Id,
    DateSpan? When,
    EngagementKind Kind,
    SittingRef? Sitting,
    string? MechanismName,
    Place Place,
    IReadOnlyList<ActorId> Parties,
    string Summary,
    ReviewState Review,
    Classification Classification)
{
    /// <summary>"19th ARSOM", the mechanism's name, or null when the engagement is no sitting.</summary>
    public string? SittingLabel => MechanismName is null ? null : Engagement.SittingLabel(MechanismName, Sitting?.Ordinal);
}
