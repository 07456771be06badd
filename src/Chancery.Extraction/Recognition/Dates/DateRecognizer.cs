using System.Globalization;
using System.Text.RegularExpressions;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Dates;

/// <summary>
/// Finds date expressions in the forms press releases and wires use: day-month and month-day orders,
/// ranges within and across months, numeric dates, weekdays, months alone, and relative days. Month and
/// weekday names and relative phrases come from data/lexicons.
/// </summary>
internal sealed class DateRecognizer
{
    private static readonly Dictionary<string, int> Months = LexiconFile.Read("months.tsv")
        .ToDictionary(row => row["name"], row => row.Integer("month"), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int> Weekdays = LexiconFile.Read("weekdays.tsv")
        .ToDictionary(row => row["name"], row => row.Integer("day"), StringComparer.OrdinalIgnoreCase);

    /// <summary>The month and weekday names folded, for telling at a glance where a date may begin.</summary>
    private static readonly WordSet MonthNames = new(Months.Keys.Select(Tokenizer.Fold));

    private static readonly WordSet WeekdayNames = new(Weekdays.Keys.Select(Tokenizer.Fold));

    private static readonly PhraseMatcher<(RelativeAnchor Anchor, int? Offset)> Relatives = BuildRelatives();

    /// <summary>The date patterns by what they begin with, each anchored (\G) and tried in order where such a token stands.</summary>
    private static readonly (Regex[] Number, Regex[] Month, Regex[] Weekday) Patterns = BuildPatterns();

    public static List<DateMention> Find(Document document)
    {
        var view = document.View;
        var tokens = document.Tokens;
        var found = new List<DateMention>();
        var covered = 0;
        // The patterns are tried only where a date can begin, at a number or a month or weekday name: scanning
        // the whole text with one long alternation costs ten times as much (and is too large for the JIT to optimise).
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Start < covered || PatternsAt(tokens, t) is not { } patterns)
            {
                continue;
            }
            foreach (var pattern in patterns)
            {
                var match = pattern.Match(view, token.Start);
                if (match.Success)
                {
                    if (Read(match, view) is { } mention)
                    {
                        found.Add(mention);
                        covered = match.Index + match.Length;
                    }
                    break;
                }
            }
        }
        foreach (var relative in Relatives.FindAll(document.Tokens))
        {
            var start = document.Tokens[relative.FirstToken].Start;
            var end = document.Tokens[relative.EndToken - 1].End;
            // "On Monday, the day before the summit": a day told against an event, not against the date before it.
            var ofEvent = relative.Value.Anchor == RelativeAnchor.Previous && relative.Value.Offset is not (null or 0)
                && relative.EndToken < document.Tokens.Length && document.Tokens[relative.EndToken].Lower is "the" or "his" or "her" or "their" or "its";
            if (!ofEvent && !found.Any(f => f.Start < end && start < f.End))
            {
                found.Add(new DateMention(start, end) { Anchor = relative.Value.Anchor, Offset = relative.Value.Offset });
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// The patterns that may match at a token: those beginning with a number where a number is followed by what
    /// a date goes on with (a month, "of", "to", a dash or a slash), those beginning with a month or a weekday where one stands.
    /// </summary>
    private static Regex[]? PatternsAt(Token[] tokens, int t)
    {
        var token = tokens[t];
        if (token.Kind == TokenKind.Number)
        {
            return t + 1 < tokens.Length && (DateGoesOn.Contains(tokens[t + 1]) || MonthNames.Contains(tokens[t + 1])) ? Patterns.Number : null;
        }
        // A month or weekday name is three to nine letters long: most capitalised words are turned away by their length.
        return !token.IsWord || !token.IsCapitalised || token.Length is < 3 or > 9 ? null
            : MonthNames.Contains(token) ? Patterns.Month
            : WeekdayNames.Contains(token) ? Patterns.Weekday
            : null;
    }

    /// <summary>What may follow the number a date begins with, besides a month: "12-13 May", "12 to 13 May", "the 5th of May", "6/4/2023".</summary>
    private static readonly WordSet DateGoesOn = new(["-", "/", "to", "until", "and", "through", "of"]);

    /// <summary>The month and weekday names looked up by the text a group matched, without making a string of it.</summary>
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthByName = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WeekdayByName = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private static DateMention? Read(Match match, string view)
    {
        var g = match.Groups;
        int? MonthOf(string name) => g[name] is { Success: true } group && MonthByName.TryGetValue(group.ValueSpan.TrimEnd('.'), out var m) ? m : null;

        var year = Number(g["y"]) is { } y ? y >= 2400 ? y - 543 : y : (int?)null; // Thai Buddhist era: 2566 is 2023.
        var month = MonthOf("m1") ?? Number(g["mm"]);
        var day = Number(g["d1"]) ?? Number(g["dd"]);
        var weekday = g["w"] is { Success: true } w ? (DayOfWeek)WeekdayByName[w.ValueSpan] : (DayOfWeek?)null;
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }
        var end = match.Index + match.Length;
        var shift = YearShiftAfter(view, end);
        var endDay = g["d2"];
        var mention = new DateMention(match.Index, end)
        {
            Year = year,
            Month = month,
            Day = day,
            EndDay = Number(endDay),
            EndMonth = MonthOf("m2") ?? (endDay.Success ? month : null),
            Weekday = weekday,
            YearShift = shift,
            WeekShift = weekday is null ? 0 : WeekShiftBefore(view, match.Index),
        };
        return mention with { EndYear = mention.EndDay is null ? null : year };
    }

    /// <summary>The number a group's digits make ("12th" is 12); null when the group matched nothing or holds no digit.</summary>
    /// <remarks>The groups hold at most four digits, so the number cannot overflow.</remarks>
    private static int? Number(Group group)
    {
        if (!group.Success)
        {
            return null;
        }
        var number = 0;
        var digits = 0;
        foreach (var c in group.ValueSpan)
        {
            if (char.IsAsciiDigit(c))
            {
                number = number * 10 + (c - '0');
                digits++;
            }
        }
        return digits > 0 ? number : null;
    }

    /// <summary>"3 November last year" (-1), "in May next year" (+1): read in the dozen characters after the date.</summary>
    private static int YearShiftAfter(string view, int end)
    {
        Span<char> after = stackalloc char[12];
        var length = view.AsSpan(end, Math.Min(12, view.Length - end)).TrimStart(" ,").ToLowerInvariant(after);
        after = after[..length];
        return after.StartsWith("last year", StringComparison.Ordinal) ? -1 : after.StartsWith("next year", StringComparison.Ordinal) ? 1 : 0;
    }

    /// <summary>"last Tuesday" (-1), "next Tuesday" (+1): read in the six characters before the weekday.</summary>
    private static int WeekShiftBefore(string view, int start)
    {
        Span<char> before = stackalloc char[6];
        var length = view.AsSpan(Math.Max(0, start - 6), Math.Min(6, start)).ToLowerInvariant(before);
        before = before[..length];
        return before.EndsWith("last ", StringComparison.Ordinal) ? -1 : before.EndsWith("next ", StringComparison.Ordinal) ? 1 : 0;
    }

    private static PhraseMatcher<(RelativeAnchor, int?)> BuildRelatives()
    {
        var matcher = new PhraseMatcher<(RelativeAnchor, int?)>();
        foreach (var row in LexiconFile.Read("relative-days.tsv"))
        {
            var anchor = row["anchor"] == "previous" ? RelativeAnchor.Previous : RelativeAnchor.Dateline;
            matcher.Add(row["phrase"], (anchor, row["offset"] is { Length: > 0 } offset ? int.Parse(offset, CultureInfo.InvariantCulture) : null));
        }
        return matcher;
    }

    private static (Regex[], Regex[], Regex[]) BuildPatterns()
    {
        // Names are matched as written in prose (May) or in capitals (MAY), never in lower case: "may" is a verb.
        static string Names(IEnumerable<string> names) =>
            string.Join('|', names.SelectMany(n => new[] { n, n.ToUpperInvariant() }).Distinct().OrderByDescending(n => n.Length).Select(Regex.Escape));
        var m = $"(?:{Names(Months.Keys)})\\.?";
        var fullMonth = $"(?:{Names(Months.Keys.Where(k => k.Length > 3 || k == "May"))})";
        var w = Names(Weekdays.Keys);
        const string D = @"[0-3]?\d(?:st|nd|rd|th)?";
        const string Y = @"(?:1[89]\d\d|2[0-5]\d\d)";
        const string To = @"\s*(?:-|to|until|and|through)\s*";
        const char Number = 'n', Month = 'm', Weekday = 'w';
        (char Start, string Pattern)[] alternatives =
        [
            // 30 March - 1 April 2024
            (Number, $@"\b(?<d1>{D})\s+(?<m1>{m})\s*(?:-|to|until)\s*(?<d2>{D})\s+(?<m2>{m})(?:,?\s+(?<y>{Y}))?"),
            // from Feb. 28 to March 2
            (Month, $@"\b(?<m1>{m})\s+(?<d1>{D})\s*(?:-|to|until)\s*(?<m2>{m})\s+(?<d2>{D})(?:,?\s+(?<y>{Y}))?"),
            // 19-20 May 2016, 12 and 13 May, 1 to 3 November, 29 April 2023, 24 April 2020
            (Number, $@"\b(?<d1>{D})(?:{To}(?<d2>{D}))?\s+(?:of\s+)?(?<m1>{m})(?:,?\s+(?<y>{Y}))?"),
            // July 1, April 29, 2023, Feb. 12 to 14, January 17-18, February 24th 2022
            (Month, $@"\b(?<m1>{m})\s+(?<d1>{D})(?:{To}(?<d2>{D}))?(?:,?\s+(?<y>{Y}))?(?!\d|\s*(?:%|percent|per cent|million|billion|bil))"),
            // October 2024
            (Month, $@"\b(?<m1>{m}),?\s+(?<y>{Y})\b"),
            // 2020-02-21, 2020/02/21, 2024-07-30T20:15
            (Number, $@"\b(?<y>{Y})[-/](?<mm>[01]?\d)[-/](?<dd>[0-3]?\d)(?!\d)"),
            // 11/02/2020, 6/4/2023 (day first, as the outlets that write it mean it)
            (Number, $@"\b(?<dd>[0-3]?\d)/(?<mm>[01]?\d)/(?<y>{Y})\b"),
            // on 6/4
            (Number, $@"(?<=\b[Oo]n\s)(?<dd>[0-3]?\d)/(?<mm>[01]?\d)\b(?!/)"),
            // in February, last November, since June
            (Month, $@"(?<=\b(?:in|since|by|during|until|last|early|late|mid|mid-|from|of|In|Since|Last)\s)(?<m1>{fullMonth})\b(?!\s*\d)"),
            // Tuesday, on Wednesday
            (Weekday, $@"\b(?<w>{w})\b"),
        ];
        Regex[] Starting(char start) => [.. alternatives
            .Where(a => a.Start == start)
            .Select(a => new Regex($@"\G(?:{a.Pattern})", RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture))];
        return (Starting(Number), Starting(Month), Starting(Weekday));
    }
}
