using System.Data.Common;
using Chancery.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Chancery.Store.Sqlite;

/// <summary>SQLite's spelling of what the engines do differently: its JSON1 functions, group_concat, FTS5.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    /// <summary>SQLITE_CONSTRAINT_UNIQUE.</summary>
    private const int UniqueConstraint = 2067;

    public override string IdsOf(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override string TextsOf(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override string RowsOf(string parameter, params string[] types) =>
        $"SELECT key, {string.Join(", ", types.Select((_, i) => $"value ->> {i} AS c{i}"))} FROM json_each({parameter})";

    public override string JsonArrayOf(string expression) => $"json_group_array({expression})";

    public override string JsonArray(params string[] values) => $"json_array({string.Join(", ", values)})";

    public override string AsJson(string column) => $"json({column})";

    public override string Joined(string expression) => $"group_concat({expression}, ' ')";

    public override string JsonLength(string column) => $"json_array_length({column})";

    public override string From(int offset) => $"LIMIT -1 OFFSET {offset}";

    // SQLite sorts NULL below every value, so DESC puts it last already, and the date index serves the order.
    public override string NewestFirst(string column) => $"{column} DESC";

    // One writer at a time: nothing is ever locked by another transaction that a write could see.
    public override string SkipLocked => "";

    public override string Caseless(string column) => $"{column} COLLATE NOCASE";

    public override string Like => "LIKE";

    // The user table's name column is declared COLLATE NOCASE.
    public override string CaselessEquals(string column, string parameter) => $"{column} = {parameter}";

    // An INTEGER PRIMARY KEY takes the next id after the largest there is.
    public override string? ContinueIds(string table) => null;

    public override FullTextIndex FullText { get; } = new Fts5Index();

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: UniqueConstraint };
}
