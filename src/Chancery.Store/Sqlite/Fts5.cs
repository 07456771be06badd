namespace Chancery.Store.Sqlite;

/// <summary>Writes a <see cref="SearchText"/> in FTS5's query language: quoted phrases joined by AND, the last word a prefix.</summary>
internal static class Fts5
{
    public static string Match(SearchText text) =>
        string.Join(" AND ", text.Phrases.Select(phrase => $"\"{string.Join(' ', phrase)}\"*"));
}
