namespace Chancery.Extraction.Output;

/// <summary>What one document yielded: its date, and the engagements it reports or mentions.</summary>
public sealed record ExtractionResult(DateOnly? Published, IReadOnlyList<ExtractedEngagement> Engagements);
