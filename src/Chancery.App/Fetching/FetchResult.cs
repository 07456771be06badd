namespace Chancery.App.Fetching;

/// <summary>What fetching an address gave: its content, word that nothing changed since last time, or why it failed.</summary>
public abstract record FetchResult(Uri Url)
{
    public sealed record Fetched(Uri Url, byte[] Content, string? MediaType, Validators Validators) : FetchResult(Url);

    /// <summary>The server said the version asked about is still the latest (304 Not Modified).</summary>
    public sealed record NotModified(Uri Url) : FetchResult(Url);

    public sealed record Failed(Uri Url, string Error) : FetchResult(Url);
}
