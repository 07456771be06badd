using System.Data.Common;
using Chancery.Store.Sql;
using Npgsql;

namespace Chancery.Store.Postgres;

/// <summary>PostgreSQL's spelling of what the engines do differently: json functions with casts, string_agg, tsvector search.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    public override string IdsOf(string parameter) =>
        $"SELECT j.value::bigint AS value FROM json_array_elements_text({parameter}::json) AS j(value)";

    public override string TextsOf(string parameter) =>
        $"SELECT j.value FROM json_array_elements_text({parameter}::json) AS j(value)";

    public override string RowsOf(string parameter, params string[] types) =>
        $"SELECT j.ordinality - 1 AS key, {string.Join(", ", types.Select((type, i) => $"(j.value ->> {i})::{type} AS c{i}"))} " +
        $"FROM json_array_elements({parameter}::json) WITH ORDINALITY AS j(value, ordinality)";

    public override string JsonArrayOf(string expression) => $"coalesce(json_agg({expression}), '[]'::json)";

    public override string JsonArray(params string[] values) => $"json_build_array({string.Join(", ", values)})";

    public override string AsJson(string column) => $"({column})::json";

    public override string Joined(string expression) => $"string_agg(({expression})::text, ' ')";

    public override string JsonLength(string column) => $"json_array_length(({column})::json)";

    public override string From(int offset) => $"OFFSET {offset}";

    public override string NewestFirst(string column) => $"{column} DESC NULLS LAST";

    public override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    public override string Caseless(string column) => $"lower({column})";

    public override string Like => "ILIKE";

    public override string CaselessEquals(string column, string parameter) => $"lower({column}) = lower({parameter})";

    public override string? ContinueIds(string table) =>
        $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table}";

    public override FullTextIndex FullText { get; } = new PostgresFullText();

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
