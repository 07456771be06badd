using Chancery.Extraction.Recognition.Dates;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// Resolves every date mention of a document to days, in reading order: a date without a year takes the
/// document's year ("3 November last year" the year before); a weekday is the one nearest the dateline,
/// before it in a sentence about the past and after it in one about the future; "yesterday" counts from the
/// dateline and "the following day" from the date mentioned last. Months and years alone resolve to nothing.
/// </summary>
internal sealed class DateResolver
{
    /// <summary>By the mention itself: each is one place in the text, and a record's own equality would hash every field at every lookup.</summary>
    private readonly Dictionary<DateMention, ResolvedDate> resolved = new(ReferenceEqualityComparer.Instance);

    public DateResolver(Analysis analysis)
    {
        var published = analysis.Dateline.Anchor;
        var year = analysis.Dateline.Year;
        DateOnly? previous = null;
        for (var i = 0; i < analysis.Dates.Count; i++)
        {
            var mention = analysis.Dates[i];
            if (i + 1 < analysis.Dates.Count && Restated(mention, analysis.Dates[i + 1]))
            {
                continue;
            }
            var token = analysis.TokenAt(mention.Start);
            var future = token < analysis.Tokens.Length && IsFuture(analysis, analysis.Document.SentenceAt(token));
            if (Resolve(mention, published, year, previous, future) is { } date)
            {
                resolved[mention] = date;
                previous = date.End ?? date.Start;
                if (mention.Anchor is null && mention.Weekday is null && mention.Day is not null)
                {
                    previous = date.Start;
                }
            }
        }
    }

    public ResolvedDate? this[DateMention mention] => resolved.TryGetValue(mention, out var date) ? date : null;

    private static ResolvedDate? Resolve(DateMention m, DateOnly? published, int? documentYear, DateOnly? previous, bool future)
    {
        if (m.Anchor is { } anchor)
        {
            var from = anchor == RelativeAnchor.Dateline ? published : previous ?? published;
            return from is { } day && m.Offset is { } offset ? new ResolvedDate(day.AddDays(offset), null) : null;
        }
        if (m.Day is null && m.Weekday is { } weekday)
        {
            return published is { } p ? new ResolvedDate(Weekday(p, weekday, m.WeekShift, future), null) : null;
        }
        if (m.Day is not { } dayOfMonth || m.Month is not { } month)
        {
            return null;
        }
        var year = m.Year ?? (documentYear is { } y ? y + m.YearShift : null);
        if (year is not { } resolvedYear || dayOfMonth > DateTime.DaysInMonth(resolvedYear, month))
        {
            return null;
        }
        var start = new DateOnly(resolvedYear, month, dayOfMonth);
        if (m.Year is null && m.YearShift == 0 && published is { } dateline)
        {
            // "on 3 November" in a story of April is last November; "on 14 January" in a story of December, when future, is next January.
            if (!future && start > dateline.AddDays(45))
            {
                start = start.AddYears(-1);
            }
            else if (future && start < dateline.AddDays(-300))
            {
                start = start.AddYears(1);
            }
        }
        DateOnly? end = null;
        if (m.EndDay is { } endDay)
        {
            var endMonth = m.EndMonth ?? month;
            var endYear = start.Year + (endMonth < start.Month ? 1 : 0);
            if (endDay <= DateTime.DaysInMonth(endYear, endMonth))
            {
                var last = new DateOnly(endYear, endMonth, endDay);
                end = last > start && last.DayNumber - start.DayNumber < 60 ? last : null;
            }
        }
        return new ResolvedDate(start, end);
    }

    /// <summary>"A day later, on June 8": a day counted from the date told before, that the date right after it names outright.</summary>
    private static bool Restated(DateMention relative, DateMention next) =>
        relative.Anchor is RelativeAnchor.Previous && next is { Anchor: null, Day: not null, Month: not null } && next.Start - relative.End <= 6;

    /// <summary>The weekday nearest the dateline: the dateline itself if it falls on it, else the one before (past) or after (future).</summary>
    private static DateOnly Weekday(DateOnly dateline, DayOfWeek weekday, int shift, bool future)
    {
        var difference = ((int)weekday - (int)dateline.DayOfWeek + 7) % 7;
        if (shift > 0 || (shift == 0 && future && difference != 0))
        {
            return dateline.AddDays(difference == 0 ? 7 : difference);
        }
        if (shift < 0)
        {
            return dateline.AddDays(difference == 0 ? -7 : difference - 7);
        }
        return difference == 0 ? dateline : dateline.AddDays(difference - 7);
    }

    private static bool IsFuture(Analysis analysis, Text.Sentence sentence) =>
        analysis.Topics.Cues(sentence.FirstToken, sentence.EndToken).Any(c => c.Value == "future")
        && !analysis.Topics.Cues(sentence.FirstToken, sentence.EndToken).Any(c => c.Value == "past" && analysis.Tokens[c.FirstToken].Lower is "last" or "ago" or "previous" or "earlier" or "had");
}
