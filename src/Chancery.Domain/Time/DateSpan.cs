using System.Globalization;

namespace Chancery.Domain;

/// <summary>
/// The days an engagement took: one day (<c>2023-04-29</c>) or a range (<c>2016-05-19/2016-05-20</c>).
/// A range that ends the day it starts is that one day.
/// </summary>
public readonly record struct DateSpan
{
    public DateSpan(DateOnly start, DateOnly? end = null)
    {
        if (end < start)
        {
            throw new ArgumentException($"a span cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})", nameof(end));
        }
        Start = start;
        End = end == start ? null : end;
    }

    public DateOnly Start { get; }

    /// <summary>The last day of a multi-day span; null for a single day.</summary>
    public DateOnly? End { get; }

    public DateOnly Last => End ?? Start;

    public int Days => Last.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly date) => Start <= date && date <= Last;

    /// <summary>True when the two spans share a day or lie within <paramref name="slackDays"/> of each other.</summary>
    public bool IsNear(DateSpan other, int slackDays = 0) =>
        Start.DayNumber - slackDays <= other.Last.DayNumber && other.Start.DayNumber - slackDays <= Last.DayNumber;

    public static bool TryParse(string? text, out DateSpan span)
    {
        span = default;
        var parts = text?.Split('/') ?? [];
        if (parts.Length is not (1 or 2) || !IsoDate.TryParse(parts[0], out var start))
        {
            return false;
        }
        if (parts.Length == 1)
        {
            span = new DateSpan(start);
            return true;
        }
        if (!IsoDate.TryParse(parts[1], out var end) || end < start)
        {
            return false;
        }
        span = new DateSpan(start, end);
        return true;
    }

    public static DateSpan Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length switch
        {
            1 => new DateSpan(IsoDate.Parse(parts[0])),
            2 => new DateSpan(IsoDate.Parse(parts[0]), IsoDate.Parse(parts[1])),
            _ => throw new FormatException($"'{text}' is not a date or a date range written YYYY-MM-DD/YYYY-MM-DD"),
        };
    }

    public override string ToString() => End is { } end
        ? $"{IsoDate.Format(Start)}/{IsoDate.Format(end)}"
        : IsoDate.Format(Start);

    /// <summary>"29 April 2023", "19-20 May 2016", "30 April - 2 May 2024".</summary>
    public string ToDisplayString()
    {
        var culture = CultureInfo.InvariantCulture;
        if (End is not { } end)
        {
            return Start.ToString("d MMMM yyyy", culture);
        }
        if (end.Year == Start.Year && end.Month == Start.Month)
        {
            return $"{Start.Day}-{end.ToString("d MMMM yyyy", culture)}";
        }
        return end.Year == Start.Year
            ? $"{Start.ToString("d MMMM", culture)} - {end.ToString("d MMMM yyyy", culture)}"
            : $"{Start.ToString("d MMMM yyyy", culture)} - {end.ToString("d MMMM yyyy", culture)}";
    }
}
