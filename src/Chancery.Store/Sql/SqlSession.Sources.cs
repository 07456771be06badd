using Chancery.Domain;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    private const string SourceColumns = "id, content_hash, url, outlet, title, published, classification, text";

    public async Task<Source?> SourceAsync(Id<Source> id, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {SourceColumns} FROM source WHERE id = @id", ReadSource, cancellationToken, ("@id", id.Value))).SingleOrDefault();

    public async Task<Source?> SourceByHashAsync(ContentHash hash, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {SourceColumns} FROM source WHERE content_hash = @hash", ReadSource, cancellationToken, ("@hash", hash.Hex))).SingleOrDefault();

    public async Task<Source?> SourceByUrlAsync(Uri url, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {SourceColumns} FROM source WHERE url = @url ORDER BY id LIMIT 1", ReadSource, cancellationToken, ("@url", url.AbsoluteUri))).SingleOrDefault();

    public async Task<Id<Source>> SaveSourceAsync(Source source, CancellationToken cancellationToken = default)
    {
        if (await ScalarAsync("SELECT id FROM source WHERE content_hash = @hash", cancellationToken, ("@hash", source.Hash.Hex)) is long existing)
        {
            return new Id<Source>(existing);
        }
        var id = (long)(await ScalarAsync(
            """
            INSERT INTO source (content_hash, url, outlet, title, published, classification, text)
            VALUES (@hash, @url, @outlet, @title, @published, @classification, @text) RETURNING id
            """,
            cancellationToken,
            ("@hash", source.Hash.Hex), ("@url", source.Url?.AbsoluteUri), ("@outlet", source.Outlet), ("@title", source.Title),
            ("@published", SqlValues.Iso(source.Published)), ("@classification", SqlValues.Slug(source.Classification)), ("@text", source.Text)))!;
        present.Add(("source", SqlValues.Invariant(id)));
        unindexedSources.Add((id, source.Title, source.Text));
        return new Id<Source>(id);
    }

    public async Task<IReadOnlyList<SourceHit>> SearchSourcesAsync(SearchText text, Classification clearance, int limit, CancellationToken cancellationToken = default)
    {
        await WriteFullTextAsync(cancellationToken);
        return await QueryAsync(
            dialect.FullText.SearchSources(Visible(clearance)),
            reader => new SourceHit(new Id<Source>(reader.Long(0)), reader.TextOrNull(1), reader.TextOrNull(2), reader.DateOrNull(3), reader.Text(4)),
            cancellationToken, ("@query", dialect.FullText.Query(text)), ("@limit", limit));
    }

    public async Task<IReadOnlyList<SourceHit>> RecentSourcesAsync(Classification clearance, int offset, int limit, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            $"""
            SELECT id, title, outlet, published, substr(text, 1, {OpeningLength})
            FROM source WHERE classification IN ({Visible(clearance)})
            ORDER BY id DESC LIMIT @limit OFFSET @offset
            """,
            reader => new SourceHit(new Id<Source>(reader.Long(0)), reader.TextOrNull(1), reader.TextOrNull(2), reader.DateOrNull(3), Opening(reader.Text(4))),
            cancellationToken, ("@limit", limit), ("@offset", offset));

    private const int OpeningLength = 160;

    /// <summary>The opening words of a text on one line, cut at a word and marked as cut when there is more.</summary>
    private static string Opening(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length < OpeningLength)
        {
            return line;
        }
        var cut = line.LastIndexOf(' ');
        return (cut > 0 ? line[..cut] : line) + "…";
    }

    private static Source ReadSource(System.Data.Common.DbDataReader reader) => new()
    {
        Id = new Id<Source>(reader.Long(0)),
        Url = reader.TextOrNull(2) is { } url ? new Uri(url) : null,
        Outlet = reader.TextOrNull(3),
        Title = reader.TextOrNull(4),
        Published = reader.DateOrNull(5),
        Classification = reader.Enum<Classification>(6),
        Text = reader.Text(7),
    };

    /// <summary>The classifications a clearance may see, as an SQL list of slugs: constants, never user input.</summary>
    private static string Visible(Classification clearance) =>
        string.Join(", ", Taxonomy<Classification>.All.Where(c => c <= clearance).Select(c => $"'{Taxonomy<Classification>.Slug(c)}'"));
}
