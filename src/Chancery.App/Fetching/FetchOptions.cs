namespace Chancery.App.Fetching;

/// <summary>How Chancery fetches from the web: patiently but not forever, not too much, and only from the public internet unless told.</summary>
public sealed record FetchOptions
{
    public static FetchOptions Default { get; } = new();

    /// <summary>Says who is asking, and why, to every site Chancery reads.</summary>
    public const string UserAgent = "Chancery/0.1 (dialogue-relations records from public press releases; +https://github.com/chancery-project/chancery)";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest response read; a larger one fails.</summary>
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Whether loopback and private-network addresses may be fetched (a local test server, an intranet).</summary>
    public bool AllowPrivate { get; init; }
}
