using System.Globalization;

namespace Chancery.Domain;

/// <summary>
/// The number of an action line or section as plans print it: <c>1</c>, <c>1.1</c>, <c>1.1.3</c>.
/// Orders numerically (1.2 before 1.10) and knows what it sits under (1.1.3 is within 1 and 1.1).
/// </summary>
public readonly record struct ActionLineNumber : IComparable<ActionLineNumber>
{
    private readonly int[]? parts;

    private ActionLineNumber(int[] parts) => this.parts = parts;

    public IReadOnlyList<int> Parts => parts ?? [];

    public int Depth => Parts.Count;

    public static ActionLineNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a section or action line number such as 1.1.3");

    public static bool TryParse(string? text, out ActionLineNumber number)
    {
        number = default;
        var pieces = text?.Trim().TrimEnd('.').Split('.');
        if (pieces is null || pieces.Length == 0)
        {
            return false;
        }
        var values = new int[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            if (!int.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i]) || values[i] == 0)
            {
                return false;
            }
        }
        number = new ActionLineNumber(values);
        return true;
    }

    /// <summary>True when this number lies under <paramref name="section"/>: 1.1.3 is within 1 and 1.1, not within 1.1.3.</summary>
    public bool IsWithin(ActionLineNumber section) =>
        section.Depth < Depth && section.Parts.SequenceEqual(Parts.Take(section.Depth));

    public int CompareTo(ActionLineNumber other)
    {
        for (var i = 0; i < Math.Min(Depth, other.Depth); i++)
        {
            if (Parts[i] != other.Parts[i])
            {
                return Parts[i].CompareTo(other.Parts[i]);
            }
        }
        return Depth.CompareTo(other.Depth);
    }

    public bool Equals(ActionLineNumber other) => Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => Parts.Aggregate(17, (hash, part) => (hash * 31) + part);

    public override string ToString() => string.Join('.', Parts);
}
