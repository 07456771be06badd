using Chancery.Domain;

namespace Chancery.Store;

/// <summary>How many engagements of a kind a party had in a year (null: undated), within a reader's clearance.</summary>
public sealed record EngagementTally(ActorId Actor, int? Year, EngagementKind Kind, int Engagements);
