using Chancery.App.Extraction;

namespace Chancery.App.Fetching;

/// <summary>
/// What the addresses a user named came to: documents to ingest, addresses that failed, and how many were
/// not fetched because nothing was new (a feed answered 304, a story's address is stored already).
/// </summary>
public sealed record WebExpansion(IReadOnlyList<DocumentSource> Documents, IReadOnlyList<FetchResult.Failed> Failures, int Unchanged, int Known)
{
    /// <summary>What each feed said of its version: stored once the feed's stories are ingested, so that a run cut short asks again.</summary>
    public IReadOnlyList<(Uri Feed, Validators Validators)> Validators { get; init; } = [];
}
