using Chancery.Domain;
using Chancery.Extraction.Recognition.Dates;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>The finisher's dates: the day of each engagement, from its words, its series or its trip.</summary>
internal sealed partial class EngagementFinisher
{
    private void FillDate(Draft draft, List<Draft> earlier)
    {
        var candidate = draft.Candidate;
        foreach (var segment in candidate.TriggerSegments)
        {
            var trigger = TriggerToken(candidate, segment);
            if (NearestDate(segment, trigger) is ({ } mention, { } date))
            {
                // "arrived on Sunday for a visit lasting until Tuesday": the day after "until" is the last.
                date = date.End is null && LastDayAfterUntil(segment, date) is { } last ? new ResolvedDate(date.Start, last) : date;
                draft.Date = candidate.Kind == EngagementKind.Visit ? DaysOfVisit(candidate, date) : date;
                draft.Cite(EngagementField.Date, mention.Start, mention.End, mention.Year is null ? 0.8 : 0.95, Iso(date.Start));
                break;
            }
        }
        if (candidate.Kind == EngagementKind.Visit && DayOfVisit() is { } day && analysis.Dateline.Anchor is { } today)
        {
            // "on the second and final day of Erdogan's official visit": it began the day before and ends today.
            var start = today.AddDays(1 - day.Number);
            draft.Date = Span(draft.Date, new ResolvedDate(start, day.Last ? today : (start == today ? null : today)));
        }
        if (draft.Date is { End: null } single && Duration(candidate) is { } days and > 1)
        {
            // "wrapped up a two-day working visit to the Lao PDR today": the day told is the last.
            draft.Date = EndCue(candidate)
                ? new ResolvedDate(single.Start.AddDays(1 - days), single.Start)
                : new ResolvedDate(single.Start, single.Start.AddDays(days - 1));
        }
        if (draft.Date is null && candidate.Series is { } series && earlier.FirstOrDefault(d => d.Candidate == series && d.Candidate.Sentence == candidate.Sentence) is { Date: { } seriesDate })
        {
            // "On the same day ... the 24th meeting for X, the 15th for Y": sittings told together share their day.
            draft.Date = seriesDate;
        }
        if (draft.Date is null && SequenceCue(candidate) && earlier.LastOrDefault(d => d.Date is not null && analysis.Document.Sentences[d.Candidate.Sentence].Paragraph == analysis.Document.Sentences[candidate.Sentence].Paragraph) is { } before)
        {
            draft.Date = new ResolvedDate(before.Date!.Value.Start, null);
        }
        if (draft.Date is null && AlsoCue(candidate) && earlier.LastOrDefault(d => d.Date is not null && d.Role == CitationRole.Primary) is { } same)
        {
            // "Hayashi also co-chaired the ASEAN-Japan Foreign Ministers' Meeting": the same day as what he did before.
            draft.Date = new ResolvedDate(same.Date!.Value.Start, null);
        }
    }

    /// <summary>
    /// The resolved date of the segment nearest its trigger: after it first, one before it counting six tokens farther;
    /// of dates as near, the first.
    /// </summary>
    /// <remarks>Loops, not a query: asked for every trigger segment of every draft.</remarks>
    private (DateMention Mention, ResolvedDate Date)? NearestDate(Segment segment, int trigger)
    {
        (DateMention Mention, ResolvedDate Date)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (mention, token) in DatesIn(segment))
        {
            var distance = token >= trigger ? token - trigger : (trigger - token) + 6;
            if (distance < bestDistance && dates[mention] is { } date)
            {
                best = (mention, date);
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The first day of the segment told after "until", "till" or "through" that falls after the date: "lasting until Tuesday".</summary>
    private DateOnly? LastDayAfterUntil(Segment segment, ResolvedDate date)
    {
        foreach (var (mention, token) in DatesIn(segment))
        {
            if (token > 0 && tokens[token - 1].Lower is "until" or "till" or "through" && dates[mention] is { } day && day.Start > date.Start)
            {
                return day.Start;
            }
        }
        return null;
    }

    /// <summary>"landed on Tuesday ... flew out on Wednesday, saying the visit had been a success": a visit spans the days its sentences tell, a week at most.</summary>
    private ResolvedDate DaysOfVisit(Candidate candidate, ResolvedDate first)
    {
        var span = first;
        foreach (var segment in candidate.TriggerSegments)
        {
            foreach (var (mention, _) in DatesIn(segment))
            {
                if (mention.HasDay && dates[mention] is { } other && Math.Abs(other.Start.DayNumber - first.Start.DayNumber) <= 7 && (other.Start > first.Start || mention.Weekday is null))
                {
                    span = Span(span, other)!.Value;
                }
            }
        }
        return span;
    }

    /// <summary>"on the second (and final) day of his visit": which day of a visit the story's day is, and whether it is the last.</summary>
    private (int Number, bool Last)? DayOfVisit()
    {
        for (var t = 0; t + 4 < tokens.Length; t++)
        {
            if (!tokens[t].Is("day") || !tokens[t + 1].Is("of") || t < 2)
            {
                continue;
            }
            var last = tokens[t - 1].Lower is "final" or "last";
            var ordinalAt = last && t >= 4 && tokens[t - 2].Is("and") ? t - 3 : t - 1;
            var number = tokens[ordinalAt].Lower switch { "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5, _ => 0 };
            var visit = TokenRun.Any(tokens, t + 2, Math.Min(t + 8, tokens.Length), static i => i.Lower is "visit" or "trip" or "tour");
            if (number > 0 && visit)
            {
                return (number, last);
            }
        }
        return null;
    }

    /// <summary>"a two-day state visit", "three days of meetings": the number of days the engagement took.</summary>
    private int? Duration(Candidate candidate)
    {
        foreach (var segment in candidate.TriggerSegments)
        {
            for (var t = segment.First; t + 2 < segment.End; t++)
            {
                if (tokens[t + 1].IsSymbol('-') && tokens[t + 2].Is("day") && Number(tokens[t].Lower) is { } n)
                {
                    return n;
                }
            }
        }
        return null;
    }

    private static int? Number(string word) => word switch
    {
        "two" or "2" => 2,
        "three" or "3" => 3,
        "four" or "4" => 4,
        "five" or "5" => 5,
        "six" or "6" => 6,
        "seven" or "7" => 7,
        _ => null,
    };

    /// <summary>"wrapped up", "concluded", "ended": a trigger segment that tells the end of the engagement.</summary>
    private bool EndCue(Candidate candidate) => candidate.TriggerSegments.Any(s =>
        TokenRun.Any(tokens, s.First, s.End, static t => t.Lower is "wrapped" or "wraps" or "concluded" or "concludes" or "ended" or "ends"));

    /// <summary>"X also chaired ...": the verb of occurrence right after "also" in a trigger segment.</summary>
    private bool AlsoCue(Candidate candidate) => candidate.TriggerSegments.Any(s =>
        Enumerable.Range(s.First, s.End - s.First - 1).Any(t => tokens[t].Is("also") && tokens[t + 1].Lower is "co-chaired" or "chaired" or "attended" or "held" or "met" or "visited" or "hosted" or "led" or "joined" or "co" or "signed" or "received" or "called"));

    /// <summary>"The exchange followed a four-eyed meeting", "Straight after the ceremony": an undated engagement told as the next step of a dated one.</summary>
    private bool SequenceCue(Candidate candidate) => candidate.TriggerSegments.Any(s =>
        TokenRun.Any(tokens, s.First, s.End, static t => t.Lower is "followed" or "after" or "afterwards" or "then"));
}
