namespace Chancery.App.Ingestion;

/// <summary>What ingesting one document did.</summary>
public enum DocumentOutcome
{
    /// <summary>A new source, and the engagements it reports, were stored.</summary>
    Stored,

    /// <summary>The same text was ingested before: nothing changed.</summary>
    AlreadyStored,

    /// <summary>The document could not be read or extracted; the store is as it was.</summary>
    Failed,
}
