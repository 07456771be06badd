using System.Text.RegularExpressions;
using Chancery.Domain;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Recognition.Places;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Dates;

/// <summary>
/// Reads a document's dateline: "MOSCOW, 19 May 2018 –", "BEIJING, Feb. 11 (Xinhua) --", "Hanoi (VNA) –",
/// "(Santiago, 2 August 2023)", or a date line in the header or at the foot ("Manila, 12 March 2025",
/// "Posted : 2021-07-06 18:02", "19 AUGUST 2021"). A date given without a year takes the year the text
/// says the document is in ("as ASEAN Chair for 2024") or, failing that, the caller's.
/// </summary>
internal sealed partial class DatelineRecognizer
{
    private static readonly Dictionary<string, ActorId> Agencies = LexiconFile.Read("agencies.tsv")
        .ToDictionary(row => row["agency"], row => row.Actor("country"), StringComparer.OrdinalIgnoreCase);

    /// <param name="given">The document's date from outside it (metadata, --published), if any.</param>
    /// <param name="today">The day the text is read: a year left unsaid is no later than this one.</param>
    /// <param name="sittingYear">The year of the numbered sitting the text names, by its mechanism's known sittings.</param>
    public static Dateline Read(Document document, IReadOnlyList<DateMention> dates, IReadOnlyList<PlaceMention> places, DateOnly? given, DateOnly today, int? sittingYear)
    {
        var tokens = document.Tokens;
        var (prefixEnd, agency) = BodyDateline(document);
        DateMention? date = null;
        (int, int)? citySpan = null;
        City? city = null;
        if (prefixEnd > 0)
        {
            var prefixStart = tokens[prefixEnd - 1].End;
            var firstBody = document.Paragraphs.First(p => p.IsBody && p.Start < prefixStart);
            date = dates.FirstOrDefault(d => d.Start >= firstBody.Start && d.End <= prefixStart && d.HasDay);
            var place = places.FirstOrDefault(p => tokens[p.FirstToken].Start >= firstBody.Start && tokens[p.FirstToken].End <= prefixStart);
            if (place is not null)
            {
                city = place.Best;
                citySpan = (tokens[place.FirstToken].Start, tokens[place.EndToken - 1].End);
            }
        }
        foreach (var paragraph in document.Paragraphs.Where(p => p.Role == ParagraphRole.Header))
        {
            date ??= dates.FirstOrDefault(d => d.Start >= paragraph.Start && d.End <= paragraph.End && d.Day is not null);
            if (city is null && paragraph.End - paragraph.Start < 80)
            {
                var place = places.FirstOrDefault(p => tokens[p.FirstToken].Start >= paragraph.Start && tokens[p.EndToken - 1].End <= paragraph.End);
                if (place is not null)
                {
                    city = place.Best;
                    citySpan = (tokens[place.FirstToken].Start, tokens[place.EndToken - 1].End);
                }
            }
        }
        // The headline itself may carry the date: "..., 19 August 2021".
        date ??= dates.FirstOrDefault(d => document.Paragraphs.Count > 0 && d.End <= document.Paragraphs[0].End && d.Year is not null && d.Day is not null);
        var year = date?.Year ?? YearOfDocument(document, dates, date, today, sittingYear) ?? given?.Year;
        DateOnly? published = null;
        if (date is { Month: { } month, Day: { } day } && year is { } y && day <= DateTime.DaysInMonth(y, month))
        {
            published = new DateOnly(y, month, day);
        }
        published ??= given;
        return new Dateline
        {
            Published = published,
            Year = published?.Year ?? year,
            Anchor = published ?? LeadDate(document, dates),
            DateSpan = date is null ? null : (date.Start, date.End),
            City = city,
            CitySpan = citySpan,
            Agency = agency,
            Home = agency ?? city?.Country,
            BodyStartToken = prefixEnd,
        };
    }

    /// <summary>The first date of the lead paragraph written in full, day, month and year.</summary>
    private static DateOnly? LeadDate(Document document, IReadOnlyList<DateMention> dates)
    {
        var lead = document.Paragraphs.FirstOrDefault(p => p.IsBody);
        var full = dates.FirstOrDefault(d => lead is not null && d.Start >= lead.Start && d.End <= lead.End && d is { Year: not null, Month: not null, Day: not null });
        return full is { Year: { } y, Month: { } m, Day: { } day } && day <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, day) : null;
    }

    /// <summary>
    /// The year of a document whose date gives none: the year it says it chairs ASEAN in ("as ASEAN Chair for 2024");
    /// else, when it mentions years, the first from the latest on which the dateline falls on the weekday its lead
    /// names (or the day after it), or the latest itself; else the year of the numbered sitting it reports; else
    /// the most recent year, up to today's, on which the dateline falls on that weekday.
    /// </summary>
    private static int? YearOfDocument(Document document, IReadOnlyList<DateMention> dates, DateMention? dateline, DateOnly today, int? sittingYear)
    {
        if (ChairYear().Match(document.View) is { Success: true } chair)
        {
            return int.Parse(chair.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        var latest = LatestYearMentioned(document.View, today.Year);
        if (YearsOfWeekdayDate(dates, today) is { Count: > 0 } fitting)
        {
            // "on Tuesday, December 13": only some years put that day on that weekday; the one nearest the years the text names.
            return fitting.OrderBy(y => latest is { } l ? Math.Abs(y - l) : today.Year - y).ThenByDescending(y => y).First();
        }
        var weekday = dateline is { Month: not null, Day: not null }
            ? dates.FirstOrDefault(d => d.Weekday is not null && d.Day is null && d.Start > dateline.End)?.Weekday
            : null;
        if (latest is not null)
        {
            return (weekday is { } day ? FirstFitting(dateline!, day, Enumerable.Range(latest.Value, today.Year - latest.Value + 1)) : null) ?? latest;
        }
        if (sittingYear is not null)
        {
            return sittingYear;
        }
        return weekday is { } named ? FirstFitting(dateline!, named, Enumerable.Range(0, 15).Select(back => today.Year - back)) : null;
    }

    /// <summary>The years, of the last fifteen, in which the first date the text gives with its weekday and no year falls on that weekday.</summary>
    private static List<int> YearsOfWeekdayDate(IReadOnlyList<DateMention> dates, DateOnly today)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            // "Tuesday, December 13" is read as one date or as a weekday and a date side by side.
            var (named, dated) = dates[i] is { Weekday: not null, Day: not null } both ? (both, both)
                : i + 1 < dates.Count && dates[i] is { Weekday: not null, Day: null } && dates[i + 1].Start - dates[i].End <= 2 ? (dates[i], dates[i + 1]) : (null, null);
            if (named?.Weekday is { } weekday && dated is { Day: { } day, Month: { } month, Year: null })
            {
                return [.. Enumerable.Range(0, 15).Select(back => today.Year - back)
                    .Where(year => day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day).DayOfWeek == weekday)];
            }
        }
        return [];
    }

    /// <summary>The first of the years in which the dateline's day falls on the weekday, or the day after it.</summary>
    private static int? FirstFitting(DateMention dateline, DayOfWeek weekday, IEnumerable<int> years)
    {
        foreach (var year in years)
        {
            if (dateline is { Month: { } month, Day: { } day } && day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var candidate
                && (candidate.DayOfWeek == weekday || candidate.AddDays(-1).DayOfWeek == weekday))
            {
                return year;
            }
        }
        return null;
    }

    /// <summary>The latest year a text names on its own ("in 2019", "since 2017"): not a period's end, nor a target ("Vision 2025", "by 2030", "beyond 2015").</summary>
    private static int? LatestYearMentioned(string view, int thisYear)
    {
        int? latest = null;
        foreach (Match match in StandaloneYear().Matches(view))
        {
            var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (year <= thisYear && (latest is null || year > latest))
            {
                latest = year;
            }
        }
        return latest;
    }

    [GeneratedRegex(@"(?<!(?:Vision|Blueprint|Agenda|Strategy|by|until|beyond|after|towards|toward|through|[-–/]|\d)\s?)\b(?<y>(?:19|20)\d\d)\b(?!\s?[-–/]\s?\d)", RegexOptions.ExplicitCapture)]
    private static partial Regex StandaloneYear();

    /// <summary>
    /// The dateline at the head of the first body paragraphs: the words before the first spaced dash, double
    /// dash or colon, or a bracketed "(City, date)". Returns the token after it and the agency it names, if any.
    /// </summary>
    private static (int End, ActorId? Agency) BodyDateline(Document document)
    {
        var tokens = document.Tokens;
        foreach (var paragraph in document.Paragraphs.Where(p => p.IsBody).Take(2))
        {
            var first = document.Sentences.FirstOrDefault(s => s.Paragraph == paragraph);
            if (first is null || !tokens[first.FirstToken].IsCapitalised && !tokens[first.FirstToken].IsSymbol('('))
            {
                continue;
            }
            ActorId? agency = null;
            var limit = Math.Min(paragraph.End, tokens[Math.Min(tokens.Length - 1, first.FirstToken + 24)].End);
            for (var t = first.FirstToken; t < tokens.Length && tokens[t].Start < limit; t++)
            {
                var token = tokens[t];
                if ((token.IsSymbol('(') || token.IsSymbol('/')) && t + 1 < tokens.Length && Agencies.TryGetValue(AgencyName(tokens, t + 1), out var found))
                {
                    agency = found;
                }
                var dash = token.IsSymbol('-') && token.SpaceBefore && t + 1 < tokens.Length && (tokens[t + 1].SpaceBefore || tokens[t + 1].IsSymbol('-'));
                var colon = token.IsSymbol(':') && t > first.FirstToken && (tokens[t - 1].IsCapitalised || tokens[t - 1].Kind == TokenKind.Number);
                var bracket = token.IsSymbol(')') && tokens[first.FirstToken].IsSymbol('(');
                var agencyEnd = (token.IsSymbol('.') && t > 0 && tokens[t - 1].IsSymbol('/') && agency is not null)
                    || (token.IsSymbol(')') && agency is not null && t + 1 < tokens.Length && !tokens[t + 1].IsSymbol('-') && tokens[t + 1].IsCapitalised);
                if ((dash || colon || bracket || agencyEnd) && (agency is not null || LooksLikeDateline(document, first.FirstToken, t)))
                {
                    var end = t + 1;
                    while (end < tokens.Length && tokens[end].IsSymbol('-') && !tokens[end].SpaceBefore)
                    {
                        end++;
                    }
                    return (end, agency);
                }
                if (token.Kind == TokenKind.Word && !token.IsCapitalised && token.Lower is not ("of" or "and"))
                {
                    break;
                }
            }
        }
        return (0, null);
    }

    /// <summary>A dateline begins with a place in capitals or names a date: "MOSCOW, 19 May 2018", "Jakarta:", not "The European Union (EU)".</summary>
    private static bool LooksLikeDateline(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        if (tokens[first].Lower is "the" or "a" or "an")
        {
            return false;
        }
        var words = Enumerable.Range(first, end - first).Where(t => tokens[t].IsWord).ToList();
        var hasDate = TokenRun.Any(tokens, first, end, static t => t.Kind == TokenKind.Number);
        return hasDate || words.Count <= 4 || tokens[first].IsAllCaps;
    }

    private static string AgencyName(Token[] tokens, int t)
    {
        var words = new List<string>();
        for (var i = t; i < tokens.Length && i < t + 3 && (tokens[i].IsWord || tokens[i].IsSymbol('-')); i++)
        {
            words.Add(tokens[i].Text);
        }
        return string.Join("", words) is var joined && Agencies.ContainsKey(joined) ? joined : words.Count > 0 ? words[0] : "";
    }

    [GeneratedRegex(@"(?:ASEAN\s+Chair(?:man|manship)?\s+for|chair(?:manship)?\s+of\s+ASEAN\s+for|holds\s+the\s+(?:rotating\s+)?(?:ASEAN\s+)?(?:chair|chairmanship)(?:\s+of\s+ASEAN)?\s+(?:for|in))\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ChairYear();
}
