using Chancery.Domain;

namespace Chancery.Web.Api;

/// <summary>
/// A document for Chancery to read (<c>POST /api/v1/sources</c>): its text as a press release gives it, or the address
/// of a page or feed to fetch; the outlet that published it, and how it is classified.
/// </summary>
public sealed record SourceDraft(string? Text = null, string? Url = null, string? Name = null, string? Outlet = null, string? Classification = null)
{
    /// <summary>The longest text a request carries: a long statement, not an archive (the command line takes those).</summary>
    public const int MaxTextLength = 2_000_000;

    public (Uri? Url, Classification Classification, Dictionary<string, string[]> Problems) Read(Classification clearance)
    {
        var problems = new Dictionary<string, string[]>();
        Uri? url = null;
        if (string.IsNullOrWhiteSpace(Text) == string.IsNullOrWhiteSpace(Url))
        {
            problems[""] = ["give either the text of a document or the url of a page or feed"];
        }
        else if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out url) && url.Scheme is "http" or "https"))
        {
            problems["url"] = [$"'{Url}' is not a web address (http or https)"];
        }
        if (Text?.Length > MaxTextLength)
        {
            problems["text"] = [$"is {Text.Length:N0} characters long; at most {MaxTextLength:N0} travel in a request"];
        }
        var classification = Fields.Classification(Classification, clearance, problems) ?? Domain.Classification.Public;
        return (url, classification, problems);
    }

    /// <summary>
    /// The file name the text goes by: the one given, else "api". Its extension chooses the reader, so a text named
    /// "release.html" is read as a page; plain text is the default.
    /// </summary>
    public string DocumentName
    {
        get
        {
            var name = Path.GetFileName(Name?.Trim() ?? "");
            return name.Length == 0 ? "api.txt" : Path.HasExtension(name) ? name : $"{name}.txt";
        }
    }
}
