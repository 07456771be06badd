using Chancery.Domain;

namespace Chancery.Store;

/// <summary>An engagement in outline: its days, its sides and the people who took part.</summary>
public sealed record EngagementOutline(Id<Engagement> Id, DateSpan? When, IReadOnlyList<ActorId> Parties, IReadOnlyList<Id<Person>> People);
