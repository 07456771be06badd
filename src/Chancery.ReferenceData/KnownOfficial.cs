using Chancery.Domain;

namespace Chancery.ReferenceData;

/// <summary>An official press releases name without saying whom they serve: "Prime Minister Lee Hsien Loong" serves SG.</summary>
public sealed record KnownOfficial(string Name, IReadOnlyList<string> Aliases, ActorId Serves, string Office);
