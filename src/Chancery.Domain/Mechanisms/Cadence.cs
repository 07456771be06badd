using System.Globalization;

namespace Chancery.Domain;

/// <summary>How often a mechanism usually sits: every <see cref="Months"/> months, or irregularly (zero).</summary>
public readonly record struct Cadence
{
    public Cadence(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        Months = months;
    }

    public static Cadence Annual => new(12);

    public static Cadence Biennial => new(24);

    public static Cadence Irregular => default;

    public int Months { get; }

    public bool IsRegular => Months > 0;

    /// <summary>Reads <c>annual</c>, <c>biennial</c>, <c>irregular</c> or <c>every-N-months</c>.</summary>
    public static Cadence Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "annual" => Annual,
        "biennial" => Biennial,
        "irregular" => Irregular,
        var other when other.StartsWith("every-", StringComparison.Ordinal) && other.EndsWith("-months", StringComparison.Ordinal)
            && int.TryParse(other["every-".Length..^"-months".Length], NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months > 0 => new Cadence(months),
        _ => throw new FormatException($"'{text}' is not a cadence; expected annual, biennial, irregular or every-N-months"),
    };

    public override string ToString() => Months switch
    {
        0 => "irregular",
        12 => "annual",
        24 => "biennial",
        _ => $"every-{Months}-months",
    };
}
