namespace Chancery.Store.Sql;

/// <summary>
/// The statements of an engine's full-text index: SQLite's FTS5 tables, PostgreSQL's tsvector columns with GIN indexes.
/// Both read a <see cref="SearchText"/> the same way: every word must occur, a quoted phrase in order, the last word of a
/// group as a prefix, case and accents ignored.
/// </summary>
internal abstract class FullTextIndex
{
    /// <summary>Adds sources' entries from <c>@rows</c>, a JSON array of [id, title, text] made with <see cref="Prepare"/>.</summary>
    public abstract string AddSources { get; }

    /// <summary>Removes the entries of the engagements in <c>@ids</c> before they are written again; null when writing replaces them.</summary>
    public abstract string? RemoveEngagements { get; }

    /// <summary>
    /// Adds engagements' entries from <c>@rows</c>, a JSON array of [id, summary, names, place, classification], the texts
    /// made with <see cref="Prepare"/>.
    /// </summary>
    public abstract string AddEngagements { get; }

    /// <summary>A condition on <c>e.id</c>: the engagement's entry matches <c>@text</c>, bound to <see cref="Query"/>.</summary>
    public abstract string EngagementMatches { get; }

    /// <summary>
    /// Counts the engagements whose entry matches <c>@text</c> within the classifications listed, from the entries alone;
    /// null when the engine counts them by joining the engagements.
    /// </summary>
    public abstract string? CountMatches(string visibleClassifications);

    /// <summary>
    /// Sources whose entry matches <c>@query</c> (bound to <see cref="Query"/>), best first, at most <c>@limit</c>, of the
    /// classifications listed: id, title, outlet, published and a snippet with the matches marked « ».
    /// </summary>
    public abstract string SearchSources(string visibleClassifications);

    /// <summary>The search in the engine's query language.</summary>
    public abstract string Query(SearchText text);

    /// <summary>A text as the index is to be given it.</summary>
    public abstract string Prepare(string? text);
}
