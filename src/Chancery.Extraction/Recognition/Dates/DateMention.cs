namespace Chancery.Extraction.Recognition.Dates;

/// <summary>
/// A date expression as written, before it is resolved: its parts (any may be missing), a weekday, or a
/// day relative to the dateline or to the date last mentioned. "19-20 May 2016", "July 1", "on Tuesday",
/// "yesterday", "the following day", "in October 2024".
/// </summary>
internal sealed record DateMention(int Start, int End)
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? EndYear { get; init; }

    public int? EndMonth { get; init; }

    public int? EndDay { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>What a relative expression counts from; null for an absolute or weekday one.</summary>
    public RelativeAnchor? Anchor { get; init; }

    /// <summary>Days from the anchor; null for an expression that names no single day ("last week").</summary>
    public int? Offset { get; init; }

    /// <summary>"last year" (-1) or "next year" (+1) written with a date that has no year.</summary>
    public int YearShift { get; init; }

    /// <summary>"last Tuesday" (-1), "next Tuesday" (+1).</summary>
    public int WeekShift { get; init; }

    /// <summary>Names a day, not only a month or a year.</summary>
    public bool HasDay => Day is not null || Weekday is not null || (Anchor is not null && Offset is not null);

    public bool IsRange => EndDay is not null;
}
