using Chancery.App.Ingestion;

namespace Chancery.Web.Api;

/// <summary>What became of a document sent to <c>POST /api/v1/sources</c>: the source it is stored as, and the engagements it made or joined.</summary>
public sealed record SourceIngestionDocument(string Document, string Outcome, long? Source, IReadOnlyList<long> Created, IReadOnlyList<long> Merged, int Flags, string? Error)
{
    public static SourceIngestionDocument From(DocumentIngestion ingestion) => new(
        ingestion.Location,
        ingestion.Outcome switch { DocumentOutcome.Stored => "stored", DocumentOutcome.AlreadyStored => "already-stored", _ => "failed" },
        ingestion.Source.IsSaved ? ingestion.Source.Value : null,
        [.. ingestion.Created.Select(id => id.Value)],
        [.. ingestion.Merged.Select(id => id.Value)],
        ingestion.Flags,
        ingestion.Error);
}
