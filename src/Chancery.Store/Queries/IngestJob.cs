using Chancery.Domain;

namespace Chancery.Store;

/// <summary>
/// A document queued for ingestion: its name (the file's, without folders), its bytes as they were queued, and who
/// published it and how it is classified, as whoever queued it said.
/// </summary>
public sealed record IngestJob(string Name, byte[] Content)
{
    /// <summary>The queue's number for it; 0 until queued.</summary>
    public long Id { get; init; }

    public string? Outlet { get; init; }

    public Classification Classification { get; init; } = Classification.Public;
}
