using Chancery.Domain;

namespace Chancery.Extraction.Output;

/// <summary>A named person who took part, with the title the text gives and whom they spoke for.</summary>
public sealed record ExtractedParticipant(string Name, string? Title, ActorId? Affiliation);
