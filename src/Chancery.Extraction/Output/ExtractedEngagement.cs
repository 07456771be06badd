using Chancery.Domain;

namespace Chancery.Extraction.Output;

/// <summary>
/// An engagement as a document reports it, in the contract of SCHEMA.md, with the spans of the text each
/// filled field came from (<see cref="Evidence"/>).
/// </summary>
public sealed record ExtractedEngagement
{
    public CitationRole Role { get; init; }

    public DateOnly? Date { get; init; }

    public DateOnly? EndDate { get; init; }

    public EngagementKind Kind { get; init; }

    public ExtractedMechanism? Mechanism { get; init; }

    public string? City { get; init; }

    public ActorId? Country { get; init; }

    public bool Virtual { get; init; }

    public IReadOnlyList<ActorId> Parties { get; init; } = [];

    public IReadOnlyList<ExtractedParticipant> Participants { get; init; } = [];

    public IReadOnlyList<Sector> Sectors { get; init; } = [];

    public IReadOnlyList<ActorStance> Stances { get; init; } = [];

    public IReadOnlyList<string> Plans { get; init; } = [];

    public IReadOnlyList<EvidenceSpan> Evidence { get; init; } = [];
}
