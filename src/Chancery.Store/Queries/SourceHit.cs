using Chancery.Domain;

namespace Chancery.Store;

/// <summary>A source that matched a search, with a short excerpt around the match.</summary>
public sealed record SourceHit(Id<Source> Id, string? Title, string? Outlet, DateOnly? Published, string Excerpt);
