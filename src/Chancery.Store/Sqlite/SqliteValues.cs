using System.Globalization;
using Chancery.Domain;
using Microsoft.Data.Sqlite;

namespace Chancery.Store.Sqlite;

/// <summary>How domain values are written to and read from SQLite columns.</summary>
internal static class SqliteValues
{
    /// <summary>Binds the values; a command run before with the same statement keeps its parameters and takes the new values.</summary>
    public static SqliteCommand With(this SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var index = command.Parameters.IndexOf(name);
            if (index >= 0)
            {
                command.Parameters[index].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }
        return command;
    }

    public static string? Iso(DateOnly? date) => date is { } d ? IsoDate.Format(d) : null;

    public static string Slug<TEnum>(TEnum value) where TEnum : struct, Enum => Taxonomy<TEnum>.Slug(value);

    public static string? Slug<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Taxonomy<TEnum>.Slug(v) : null;

    public static string Text(this SqliteDataReader reader, int ordinal) => reader.GetString(ordinal);

    public static string? TextOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long Long(this SqliteDataReader reader, int ordinal) => reader.GetInt64(ordinal);

    public static int Int(this SqliteDataReader reader, int ordinal) => reader.GetInt32(ordinal);

    public static int? IntOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static bool Bool(this SqliteDataReader reader, int ordinal) => reader.GetInt64(ordinal) != 0;

    public static DateOnly? DateOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : IsoDate.Parse(reader.GetString(ordinal));

    public static ActorId Actor(this SqliteDataReader reader, int ordinal) => new(reader.GetString(ordinal));

    public static ActorId? ActorOrNull(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : new ActorId(reader.GetString(ordinal));

    public static TEnum Enum<TEnum>(this SqliteDataReader reader, int ordinal) where TEnum : struct, Enum => Taxonomy<TEnum>.Parse(reader.GetString(ordinal));

    public static DateSpan? Span(this SqliteDataReader reader, int startOrdinal) =>
        reader.DateOrNull(startOrdinal) is { } start ? new DateSpan(start, reader.DateOrNull(startOrdinal + 1)) : null;

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
