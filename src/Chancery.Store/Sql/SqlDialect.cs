using System.Data.Common;

namespace Chancery.Store.Sql;

/// <summary>
/// What the engines spell differently. The session's statements are plain SQL both SQLite and PostgreSQL read; the
/// few things they do not share (expanding a JSON list into rows, building JSON, joining strings, searching text)
/// come from here, so that each statement is written once.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>A query of one column, <c>value</c>: the numbers of a JSON array bound to <paramref name="parameter"/>.</summary>
    public abstract string IdsOf(string parameter);

    /// <summary>A query of one column, <c>value</c>: the strings of a JSON array bound to <paramref name="parameter"/>.</summary>
    public abstract string TextsOf(string parameter);

    /// <summary>
    /// A query of the rows of a JSON array of arrays bound to <paramref name="parameter"/>: column <c>key</c> numbers them from
    /// 0, and columns <c>c0</c>, <c>c1</c>, ... hold each row's values, of the SQL types given (<c>bigint</c>, <c>text</c>).
    /// </summary>
    public abstract string RowsOf(string parameter, params string[] types);

    /// <summary>A JSON array of <paramref name="expression"/> over the rows of the query it is in; <c>[]</c> when there are none.</summary>
    public abstract string JsonArrayOf(string expression);

    /// <summary>A JSON array of the given values.</summary>
    public abstract string JsonArray(params string[] values);

    /// <summary>A text column holding JSON, embedded as JSON rather than as a string.</summary>
    public abstract string AsJson(string column);

    /// <summary>The values of <paramref name="expression"/> over the rows of the query it is in, as text joined by spaces.</summary>
    public abstract string Joined(string expression);

    /// <summary>The length of the JSON array a text column holds.</summary>
    public abstract string JsonLength(string column);

    /// <summary>Every row from the <paramref name="offset"/>th on.</summary>
    public abstract string From(int offset);

    /// <summary>Descending with nulls last, as SQLite sorts them and PostgreSQL does not unless told.</summary>
    public abstract string NewestFirst(string column);

    /// <summary>What makes a row chosen for update pass over rows other transactions hold: a queue's claim.</summary>
    public abstract string SkipLocked { get; }

    /// <summary>A column sorted without regard to case.</summary>
    public abstract string Caseless(string column);

    /// <summary>The operator that matches a LIKE pattern without regard to case.</summary>
    public abstract string Like { get; }

    /// <summary>A column equal to a parameter without regard to case (user names).</summary>
    public abstract string CaselessEquals(string column, string parameter);

    /// <summary>After rows were copied in with their ids: sets the table's id generator past them; null when the engine needs nothing.</summary>
    public abstract string? ContinueIds(string table);

    /// <summary>The store's full-text index, which the engines build in their own ways.</summary>
    public abstract FullTextIndex FullText { get; }

    /// <summary>The unique constraint failed: the one unique column a caller can collide with, a user's name.</summary>
    public abstract bool IsUniqueViolation(DbException exception);
}
