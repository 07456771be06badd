using Chancery.Domain;

namespace Chancery.Web.Api;

/// <summary>A source as the API gives it: its text and where it came from.</summary>
public sealed record SourceDocument(long Id, string? Title, string? Outlet, string? Url, string? Published, string Classification, string ContentHash, string Text)
{
    public static SourceDocument From(Source source) => new(
        source.Id.Value, source.Title, source.Outlet, source.Url?.AbsoluteUri,
        source.Published is { } published ? IsoDate.Format(published) : null,
        Taxonomy<Classification>.Slug(source.Classification), source.Hash.Hex, source.Text);
}
