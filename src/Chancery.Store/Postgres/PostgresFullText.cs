using Chancery.Store.Sql;

namespace Chancery.Store.Postgres;

/// <summary>
/// PostgreSQL's full-text index: a tsvector per engagement and per source under GIN indexes, in the 'simple'
/// configuration (no stemming, no stop words, as FTS5's unicode61). Texts come folded to lower case without accents by
/// <see cref="SearchText.Words"/>, which is how searches are read too, so both engines find the same words.
/// </summary>
internal sealed class PostgresFullText : FullTextIndex
{
    public override string AddSources =>
        """
        INSERT INTO source_search (source_id, document)
        SELECT (j.value ->> 0)::bigint, setweight(to_tsvector('simple', j.value ->> 1), 'A') || to_tsvector('simple', j.value ->> 2)
        FROM json_array_elements(@rows::json) AS j(value)
        ON CONFLICT (source_id) DO UPDATE SET document = excluded.document
        """;

    public override string? RemoveEngagements => null;

    public override string AddEngagements =>
        """
        INSERT INTO engagement_search (engagement_id, document, classification)
        SELECT (j.value ->> 0)::bigint,
               to_tsvector('simple', j.value ->> 1) || to_tsvector('simple', j.value ->> 2) || to_tsvector('simple', j.value ->> 3),
               j.value ->> 4
        FROM json_array_elements(@rows::json) AS j(value)
        ON CONFLICT (engagement_id) DO UPDATE SET document = excluded.document, classification = excluded.classification
        """;

    public override string EngagementMatches =>
        "e.id IN (SELECT engagement_id FROM engagement_search WHERE document @@ to_tsquery('simple', @text))";

    public override string CountMatches(string visibleClassifications) =>
        $"SELECT count(*) FROM engagement_search WHERE document @@ to_tsquery('simple', @text) AND classification IN ({visibleClassifications})";

    /// <remarks>The snippet is cut from the stored text, in which words with accents are not marked.</remarks>
    public override string SearchSources(string visibleClassifications) =>
        $"""
        SELECT s.id, s.title, s.outlet, s.published,
               ts_headline('simple', s.text, q.query, 'StartSel=«, StopSel=», MinWords=8, MaxWords=16, MaxFragments=1, FragmentDelimiter=…')
        FROM (SELECT to_tsquery('simple', @query) AS query) q
        JOIN source_search x ON x.document @@ q.query
        JOIN source s ON s.id = x.source_id
        WHERE s.classification IN ({visibleClassifications})
        ORDER BY ts_rank(x.document, q.query) DESC, s.id LIMIT @limit
        """;

    /// <summary>Each phrase's words one after the other (<c>&lt;-&gt;</c>), its last a prefix (<c>:*</c>), and every phrase required (<c>&amp;</c>).</summary>
    public override string Query(SearchText text) =>
        string.Join(" & ", text.Phrases.Select(phrase =>
            "(" + string.Join(" <-> ", phrase.Select((word, i) => i == phrase.Count - 1 ? $"'{word}':*" : $"'{word}'")) + ")"));

    public override string Prepare(string? text) => text is null ? "" : string.Join(' ', SearchText.Words(text));
}
