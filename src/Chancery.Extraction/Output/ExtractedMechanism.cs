namespace Chancery.Extraction.Output;

/// <summary>The recurring mechanism an engagement is a sitting of: its acronym (or type word) and ordinal.</summary>
public sealed record ExtractedMechanism(string Acronym, int? Ordinal);
