using Chancery.App.Extraction;
using Chancery.Store;

namespace Chancery.App.Fetching;

/// <summary>
/// Turns web addresses into documents to ingest. A page is one document; a feed (RSS or Atom) gives the stories
/// it lists that the store does not hold yet, each fetched in turn. A feed is asked for conditionally, with what
/// it said last time, so that a poll of an unchanged feed fetches nothing at all.
/// </summary>
public sealed class WebSources(WebFetcher fetcher, IChanceryStore store)
{
    private const string ValidatorsKey = "fetch-validators:";

    public async Task<WebExpansion> ExpandAsync(IEnumerable<Uri> urls, CancellationToken cancellationToken = default)
    {
        var documents = new List<DocumentSource>();
        var failures = new List<FetchResult.Failed>();
        var validators = new List<(Uri, Validators)>();
        int unchanged = 0, known = 0;
        foreach (var url in urls)
        {
            if (await IsStoredAsync(url, cancellationToken))
            {
                known++;
                continue;
            }
            var last = await store.ReadAsync((r, ct) => r.MetaAsync(ValidatorsKey + url.AbsoluteUri, ct), cancellationToken) is { } saved ? Validators.Parse(saved) : null;
            switch (await fetcher.FetchAsync(url, last, cancellationToken))
            {
                case FetchResult.NotModified:
                    unchanged++;
                    break;
                case FetchResult.Failed failed:
                    failures.Add(failed);
                    break;
                case FetchResult.Fetched page when !Feed.LooksLikeFeed(page.Content, page.MediaType):
                    documents.Add(Document(url, page.Content, published: null));
                    break;
                case FetchResult.Fetched feed:
                    IReadOnlyList<FeedItem> items;
                    try
                    {
                        items = Feed.Items(feed.Content, url);
                    }
                    catch (FormatException e)
                    {
                        failures.Add(new FetchResult.Failed(url, e.Message));
                        break;
                    }
                    foreach (var item in items)
                    {
                        if (await IsStoredAsync(item.Link, cancellationToken))
                        {
                            known++;
                            continue;
                        }
                        switch (await fetcher.FetchAsync(item.Link, cancellationToken: cancellationToken))
                        {
                            case FetchResult.Fetched story:
                                documents.Add(Document(item.Link, story.Content, item.Published));
                                break;
                            case FetchResult.Failed failed:
                                failures.Add(failed);
                                break;
                        }
                    }
                    if (!feed.Validators.IsEmpty)
                    {
                        validators.Add((url, feed.Validators));
                    }
                    break;
            }
        }
        return new WebExpansion(documents, failures, unchanged, known) { Validators = validators };
    }

    /// <summary>Remembers what the feeds said of their versions, once their stories are in the store.</summary>
    public Task CommitAsync(WebExpansion expansion, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async (w, ct) =>
        {
            foreach (var (feed, said) in expansion.Validators)
            {
                await w.SetMetaAsync(ValidatorsKey + feed.AbsoluteUri, said.Serialize(), ct);
            }
            return 0;
        }, cancellationToken);

    private Task<bool> IsStoredAsync(Uri url, CancellationToken cancellationToken) =>
        store.ReadAsync(async (r, ct) => await r.SourceByUrlAsync(url, ct) is not null, cancellationToken);

    private static DocumentSource Document(Uri url, byte[] content, DateOnly? published) =>
        new(Id(url), url.AbsoluteUri, () => new MemoryStream(content, writable: false)) { Url = url, Published = published };

    /// <summary>The last segment of the address's path, as a file's name without extension: "asean-russia-arsom" of ".../news/asean-russia-arsom.html".</summary>
    private static string Id(Uri url)
    {
        var segment = url.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/') ?? url.Host;
        return Path.GetFileNameWithoutExtension(segment) is { Length: > 0 } name ? name : url.Host;
    }
}
