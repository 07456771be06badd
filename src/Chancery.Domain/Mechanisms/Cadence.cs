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

    /// <summary>
    /// The cadence a mechanism's dated sittings show: the median months from one ordinal to the next over consecutive
    /// dated sittings, taken as yearly, two-yearly, half-yearly or three-yearly when within a quarter of it (a yearly
    /// meeting held in April one year and in June the next, or one skipped in a pandemic, is still yearly). Null with
    /// fewer than two dated sittings.
    /// </summary>
    public static Cadence? Observed(IEnumerable<Sitting> sittings)
    {
        var dated = sittings.Where(s => s.When is not null).OrderBy(s => s.Ordinal).ToList();
        var steps = dated.Zip(dated.Skip(1))
            .Select(pair => MonthsBetween(pair.First.When!.Value.Start, pair.Second.When!.Value.Start) / (pair.Second.Ordinal - pair.First.Ordinal))
            .Where(months => months > 0)
            .Order()
            .ToList();
        if (steps.Count == 0)
        {
            return null;
        }
        var median = steps.Count % 2 == 1 ? steps[steps.Count / 2] : (steps[(steps.Count / 2) - 1] + steps[steps.Count / 2]) / 2;
        var usual = new[] { 12, 24, 6, 36 }.FirstOrDefault(months => Math.Abs(median - months) <= months / 4.0);
        var observed = usual > 0 ? usual : (int)Math.Round(median);
        return observed > 0 ? new Cadence(observed) : null;
    }

    private static double MonthsBetween(DateOnly from, DateOnly to) =>
        ((to.Year - from.Year) * 12) + (to.Month - from.Month) + ((to.Day - from.Day) / 30.0);

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
