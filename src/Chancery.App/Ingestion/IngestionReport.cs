namespace Chancery.App.Ingestion;

/// <summary>What a run of ingestion did, document by document, and how long it took.</summary>
public sealed record IngestionReport(IReadOnlyList<DocumentIngestion> Documents, TimeSpan Elapsed)
{
    public int Stored => Documents.Count(d => d.Outcome == DocumentOutcome.Stored);

    public int AlreadyStored => Documents.Count(d => d.Outcome == DocumentOutcome.AlreadyStored);

    public int Failed => Documents.Count(d => d.Outcome == DocumentOutcome.Failed);

    public int Created => Documents.Sum(d => d.Created.Count);

    public int Merged => Documents.Sum(d => d.Merged.Count);

    public int Flags => Documents.Sum(d => d.Flags);

    public double DocumentsPerSecond => Elapsed > TimeSpan.Zero ? Documents.Count / Elapsed.TotalSeconds : 0;
}
