using Chancery.Domain;

namespace Chancery.App.Ingestion;

/// <summary>What ingestion records of the sources it stores, beyond what their text says.</summary>
public sealed record IngestOptions
{
    /// <summary>Who published the documents: "ASEAN Secretariat", "TASS".</summary>
    public string? Outlet { get; init; }

    /// <summary>How the sources and the engagements first read from them are classified.</summary>
    public Classification Classification { get; init; } = Classification.Public;
}
