using Chancery.Domain;
using Chancery.Store;

namespace Chancery.Web.Api;

/// <summary>A source in a list: what it is, and its opening words or the words around a match.</summary>
public sealed record SourceHitDocument(long Id, string? Title, string? Outlet, string? Published, string Excerpt)
{
    public static SourceHitDocument From(SourceHit hit) =>
        new(hit.Id.Value, hit.Title, hit.Outlet, hit.Published is { } published ? IsoDate.Format(published) : null, hit.Excerpt);
}
