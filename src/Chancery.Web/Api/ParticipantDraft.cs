namespace Chancery.Web.Api;

/// <summary>A person who took part: their id in the registry, the name and title the record shows, whom they spoke for.</summary>
public sealed record ParticipantDraft(long? Person, string? Name, string? Title = null, string? Affiliation = null);
