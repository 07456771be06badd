using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Chancery.Extraction.Reading;

/// <summary>
/// Reads a web page's main content: the page is parsed by AngleSharp, stripped of what is never the story
/// (scripts, navigation, share buttons, "related" and "also read" boxes), and handed to SmartReader, a port
/// of Mozilla's Readability, which finds the article. Its text comes out one block a line, under the title.
/// </summary>
internal static partial class HtmlReader
{
    /// <summary>Elements that are never part of a story.</summary>
    private const string NeverContent = "script, style, noscript, template, svg, iframe, object, embed, form, button, select, nav, aside, footer, "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "address", "hr", "br",
    };

    public static SourceDocument Read(ReadOnlySpan<byte> bytes)
    {
        var html = Decode(bytes);
        var page = new HtmlParser().ParseDocument(html);
        foreach (var element in page.QuerySelectorAll(NeverContent).ToList())
        {
            element.Remove();
        }
        foreach (var element in page.QuerySelectorAll("[class], [id]").Where(IsWidget).ToList())
        {
            element.Remove();
        }
        var title = Clean(page.QuerySelector("h1")?.TextContent ?? page.Title ?? "");
        var body = page.Body;
        var published = PublishedDate(page);
        var reader = new SmartReader.Reader("https://chancery.invalid/", page) { ContinueIfNotReadable = true };
        var article = reader.GetArticle();
        var content = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content)
            ? new HtmlParser().ParseDocument(article.Content).Body
            : body;
        var text = new StringBuilder();
        if (title.Length > 0)
        {
            text.Append(title).Append("\n\n");
        }
        if (content is not null)
        {
            AppendBlocks(content, text, title);
        }
        var result = text.ToString().Trim();
        if (result.Length == 0)
        {
            throw new UnreadableDocumentException("HTML with no readable text (only scripts or markup)");
        }
        return new SourceDocument(result + "\n", DocumentFormat.Html, published, title.Length > 0 ? title : null);
    }

    /// <summary>
    /// The page's text: the charset its byte order mark or its meta tag declares, else what the bytes
    /// themselves say (<see cref="TextDecoder"/>). An unknown charset name is passed over.
    /// </summary>
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var declared = DeclaredCharset().Match(head) is { Success: true } match && !match.Groups["c"].Value.StartsWith("utf-", StringComparison.OrdinalIgnoreCase)
            ? CodePages.Named(match.Groups["c"].Value)
            : null;
        return declared?.GetString(bytes) ?? TextDecoder.Decode(bytes);
    }

    /// <summary>Share bars, related-story boxes, newsletter prompts and the like, told by their class or id.</summary>
    private static bool IsWidget(IElement element)
    {
        if (element.LocalName is "body" or "html" or "main" or "article")
        {
            return false;
        }
        var names = $"{element.ClassName} {element.Id}";
        return Widget().IsMatch(names);
    }

    /// <summary>Appends each block of text on its own line; link lists ("Also read: ...") are left out.</summary>
    private static void AppendBlocks(INode node, StringBuilder text, string title)
    {
        var line = new StringBuilder();
        var linkLength = 0;
        Walk(node, text, line, ref linkLength, title, insideLink: false);
        Flush(text, line, ref linkLength, title);
    }

    private static void Walk(INode node, StringBuilder text, StringBuilder line, ref int linkLength, string title, bool insideLink)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText leaf)
            {
                var part = Whitespace().Replace(leaf.Data, " ");
                line.Append(part);
                linkLength += insideLink ? part.Trim().Length : 0;
            }
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    Flush(text, line, ref linkLength, title);
                }
                Walk(element, text, line, ref linkLength, title, insideLink || element is IHtmlAnchorElement);
                if (block)
                {
                    Flush(text, line, ref linkLength, title);
                }
            }
        }
    }

    private static void Flush(StringBuilder text, StringBuilder line, ref int linkLength, string title)
    {
        var block = Clean(line.ToString());
        var isLinks = block.Length > 0 && linkLength >= block.Length / 2 && block.Length < 300;
        if (block.Length > 0 && !isLinks && block != title)
        {
            text.Append(block).Append("\n\n");
        }
        line.Clear();
        linkLength = 0;
    }

    private static DateOnly? PublishedDate(IHtmlDocument page)
    {
        var value = page.QuerySelector("meta[property='article:published_time'], meta[name='date'], meta[name='pubdate'], meta[itemprop='datePublished']")?.GetAttribute("content")
            ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static string Clean(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?:^|[\s_-])(?:share|sharing|social|related|also-?read|read-?more|more-?news|newsletter|subscribe|breadcrumbs?|cookies?|comments?|advert\w*|ads?|promo|sidebar|menu|navbar|tags|print|footer|header-nav)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex Widget();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<c>[A-Za-z0-9_-]+)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DeclaredCharset();
}
