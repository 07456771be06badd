using System.ServiceModel.Syndication;
using System.Xml;

namespace Chancery.App.Fetching;

/// <summary>Reads RSS 2.0 and Atom 1.0 feeds (System.ServiceModel.Syndication), safely: no DTDs, no external entities.</summary>
public static class Feed
{
    /// <summary>Whether the bytes look like a feed rather than a page: XML whose root is rss, feed or RDF.</summary>
    public static bool LooksLikeFeed(byte[] content, string? mediaType)
    {
        if (mediaType is { } type && (type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        var head = System.Text.Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 1024)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = head.IndexOf("?>", StringComparison.Ordinal);
            head = end < 0 ? "" : head[(end + 2)..].TrimStart();
        }
        return head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<rdf", StringComparison.OrdinalIgnoreCase);
    }

    /// <exception cref="FormatException">The bytes are no RSS or Atom feed.</exception>
    public static IReadOnlyList<FeedItem> Items(byte[] content, Uri feedUrl)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L * 1024 * 1024 };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content), settings);
            var feed = SyndicationFeed.Load(reader);
            return [.. feed.Items
                .Select(item => (Item: item, Link: item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri() ?? LinkFromId(item.Id)))
                .Where(entry => entry.Link is not null)
                .Select(entry => new FeedItem(
                    entry.Link!.IsAbsoluteUri ? entry.Link : new Uri(feedUrl, entry.Link),
                    entry.Item.Title?.Text,
                    Date(entry.Item.PublishDate) ?? Date(entry.Item.LastUpdatedTime)))];
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException)
        {
            throw new FormatException($"not an RSS or Atom feed ({e.Message})", e);
        }
    }

    private static Uri? LinkFromId(string? id) => Uri.TryCreate(id, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static DateOnly? Date(DateTimeOffset value) => value == default ? null : DateOnly.FromDateTime(value.UtcDateTime);
}
