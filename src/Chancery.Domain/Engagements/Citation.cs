namespace Chancery.Domain;

/// <summary>A source that reports or mentions an engagement, with the spans of its text that are the evidence.</summary>
public sealed record Citation(Id<Source> Source, CitationRole Role)
{
    public IReadOnlyList<EvidenceSpan> Evidence { get; init => field = value.ToArray(); } = [];
}
