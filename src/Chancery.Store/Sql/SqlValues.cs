using System.Globalization;
using Chancery.Domain;
using System.Data.Common;

namespace Chancery.Store.Sql;

/// <summary>How domain values are written to and read from columns, the same on both engines: dates and taxonomies as text.</summary>
internal static class SqlValues
{
    /// <summary>Binds the values; a command run before with the same statement keeps its parameters and takes the new values.</summary>
    public static DbCommand With(this DbCommand command, params (string Name, object? Value)[] parameters)
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
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
        }
        return command;
    }

    public static string? Iso(DateOnly? date) => date is { } d ? IsoDate.Format(d) : null;

    public static string Slug<TEnum>(TEnum value) where TEnum : struct, Enum => Taxonomy<TEnum>.Slug(value);

    public static string? Slug<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Taxonomy<TEnum>.Slug(v) : null;

    public static string Text(this DbDataReader reader, int ordinal) => reader.GetString(ordinal);

    public static string? TextOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long Long(this DbDataReader reader, int ordinal) => reader.GetInt64(ordinal);

    public static int Int(this DbDataReader reader, int ordinal) => reader.GetInt32(ordinal);

    public static int? IntOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static bool Bool(this DbDataReader reader, int ordinal) => reader.GetInt32(ordinal) != 0;

    public static DateOnly? DateOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : IsoDate.Parse(reader.GetString(ordinal));

    public static ActorId Actor(this DbDataReader reader, int ordinal) => new(reader.GetString(ordinal));

    public static ActorId? ActorOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : new ActorId(reader.GetString(ordinal));

    public static TEnum Enum<TEnum>(this DbDataReader reader, int ordinal) where TEnum : struct, Enum => Taxonomy<TEnum>.Parse(reader.GetString(ordinal));

    public static DateSpan? Span(this DbDataReader reader, int startOrdinal) =>
        reader.DateOrNull(startOrdinal) is { } start ? new DateSpan(start, reader.DateOrNull(startOrdinal + 1)) : null;

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
