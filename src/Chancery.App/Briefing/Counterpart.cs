using Chancery.Domain;

namespace Chancery.App.Briefing;

/// <summary>A person met in the partner's engagements, with the position they held at the last of them.</summary>
public sealed record Counterpart(string Name, string? Position, ActorId? Side, int Engagements, DateOnly? LastMet);
