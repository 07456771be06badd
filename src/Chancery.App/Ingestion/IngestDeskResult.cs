namespace Chancery.App.Ingestion;

/// <summary>What became of each document, and the addresses that could not be fetched, each with why.</summary>
public sealed record IngestDeskResult(IReadOnlyList<DocumentIngestion> Documents, IReadOnlyList<string> FetchFailures);
