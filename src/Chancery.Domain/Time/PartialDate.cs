using System.Globalization;

namespace Chancery.Domain;

/// <summary>
/// A date known to the year, the month or the day, as history records it: ASEAN and India became
/// dialogue partners "in 1995", Italy a development partner "in September 2020", France "on 9 September 2020".
/// Written <c>1995</c>, <c>2020-09</c> or <c>2020-09-09</c>.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (day is not null && month is null)
        {
            throw new ArgumentException("a day needs a month", nameof(day));
        }
        // Validates the calendar: throws for 2023-02-30 or month 13.
        _ = new DateOnly(year, month ?? 1, day ?? 1);
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Latest => Day is not null
        ? Earliest
        : Month is { } month
            ? new DateOnly(Year, month, DateTime.DaysInMonth(Year, month))
            : new DateOnly(Year, 12, 31);

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD");

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        var parts = text?.Trim().Split('-');
        if (parts is null || parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return false;
        }
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }
        int? month = numbers.Length > 1 ? numbers[1] : null;
        int? day = numbers.Length > 2 ? numbers[2] : null;
        if (month is < 1 or > 12 || day < 1 || (day is { } d && d > DateTime.DaysInMonth(numbers[0], month!.Value)) || numbers[0] < 1)
        {
            return false;
        }
        date = new PartialDate(numbers[0], month, day);
        return true;
    }

    public int CompareTo(PartialDate other) => Earliest.CompareTo(other.Earliest) is var byStart and not 0
        ? byStart
        : Latest.CompareTo(other.Latest);

    public override string ToString() => Day is not null
        ? Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Month is not null ? Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Year.ToString("D4", CultureInfo.InvariantCulture);
}
