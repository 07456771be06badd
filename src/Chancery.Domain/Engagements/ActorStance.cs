namespace Chancery.Domain;

/// <summary>A stance an actor took in an engagement: RU supports ASEAN centrality.</summary>
public sealed record ActorStance(ActorId Actor, Stance Stance);
