namespace Chancery.App.Ingestion;

/// <summary>
/// What a run of ingestion did, counted: the run keeps no record a document, so that a hundred thousand of them
/// cost no more memory than ten (each document's outcome is told as it happens, to whoever wants it).
/// </summary>
public sealed record IngestionReport(TimeSpan Elapsed)
{
    public int Documents { get; private set; }

    public int Stored { get; private set; }

    public int AlreadyStored { get; private set; }

    public int Failed { get; private set; }

    public int Created { get; private set; }

    public int Merged { get; private set; }

    public int Flags { get; private set; }

    public double DocumentsPerSecond => Elapsed > TimeSpan.Zero ? Documents / Elapsed.TotalSeconds : 0;

    internal void Count(DocumentIngestion document)
    {
        Documents++;
        Stored += document.Outcome == DocumentOutcome.Stored ? 1 : 0;
        AlreadyStored += document.Outcome == DocumentOutcome.AlreadyStored ? 1 : 0;
        Failed += document.Outcome == DocumentOutcome.Failed ? 1 : 0;
        Created += document.Created.Count;
        Merged += document.Merged.Count;
        Flags += document.Flags;
    }
}
