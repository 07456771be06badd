using System.Globalization;
using Chancery.Domain;

namespace Chancery.ReferenceData;

/// <summary>One row of a <see cref="TsvFile"/>, read by column name; a bad cell names its file and line.</summary>
public sealed class TsvRow(string file, int line, string[] header, string[] cells)
{
    public string this[string column] => cells[IndexOf(column)];

    /// <summary>Every cell of the row, in the order of the columns.</summary>
    public IReadOnlyList<string> Cells => cells;

    public string? Optional(string column) => this[column] is { Length: > 0 } value ? value : null;

    public IReadOnlyList<string> List(string column) =>
        this[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public int Integer(string column) =>
        int.TryParse(this[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Problem($"{column} '{this[column]}' is not a whole number");

    public double? Decimal(string column) =>
        this[column] is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Problem($"{column} '{text}' is not a number")
            : null;

    public ActorId Actor(string column) =>
        ActorId.TryParse(this[column], out var id) ? id : throw Problem($"{column} '{this[column]}' is not an actor id");

    public ReferenceDataException Problem(string problem) => new(file, line, problem);

    private int IndexOf(string column) =>
        Array.IndexOf(header, column) is var index and >= 0 ? index : throw new ReferenceDataException(file, 0, $"no column '{column}'");
}
