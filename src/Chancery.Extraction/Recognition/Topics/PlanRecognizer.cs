using System.Globalization;
using System.Text.RegularExpressions;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Topics;

/// <summary>
/// Finds plans of action and work plans by the nouns of data/lexicons/plans.tsv and labels them as the
/// text names them, with their period: "Plan of Action 2016-2020", "PCA 2017-2021" (from "2017-21"),
/// "IAI Work Plan IV" (a numbered plan needs no period), "HPOA" (an acronym stands for a long name).
/// </summary>
internal sealed partial class PlanRecognizer
{
    public static PlanRecognizer Default { get; } = new();

    private readonly PhraseMatcher<bool> nouns = new();

    private PlanRecognizer()
    {
        foreach (var row in LexiconFile.Read("plans.tsv"))
        {
            nouns.Add(row["phrase"], true);
        }
    }

    public List<TopicMention<string>> Find(Token[] tokens, int start, int end, ActorMention?[] actorAt)
    {
        var plans = new List<TopicMention<string>>();
        for (var t = start; t < end; t++)
        {
            if (nouns.MatchAt(tokens, t, end) is not { } noun)
            {
                continue;
            }
            var capitalised = tokens[t].IsCapitalised;
            var nameStart = capitalised ? NameStart(tokens, start, t, actorAt) : t;
            var nameEnd = noun.EndToken;
            string? acronym = null;
            (int First, int Last)? period = null;
            var scan = nameEnd;
            // "... Plan of Action to Promote Cooperation between ASEAN and the Russian Federation (2016-2020)": the name runs on over capitalised words.
            while (scan < end && scan - nameEnd < 16)
            {
                var token = tokens[scan];
                if (Period(tokens, scan, end) is { } found)
                {
                    period = found.Period;
                    scan = found.End;
                    break;
                }
                if (token.IsSymbol('(') && scan + 2 < end && tokens[scan + 2].IsSymbol(')') && tokens[scan + 1].IsAllCaps)
                {
                    acronym = tokens[scan + 1].Text;
                    scan += 3;
                    continue;
                }
                if (token.IsWord && (token.IsCapitalised || token.Lower is "of" or "to" or "the" or "and" or "for" or "between" or "on" or "with" or "a" || (!capitalised && token.Lower is "building" or "community" or "shared" or "future" or "defense" or "defence" or "cooperation")) || token.IsSymbol('-') || token.IsSymbol(',') && scan + 1 < end && tokens[scan + 1].IsCapitalised)
                {
                    if (token.IsWord && (token.IsCapitalised || !capitalised))
                    {
                        nameEnd = scan + 1;
                    }
                    scan++;
                    continue;
                }
                if (token.Is("period") || token.Is("covering") || token.Is("years"))
                {
                    scan++;
                    continue;
                }
                break;
            }
            if (period is null && acronym is null && Indefinite(tokens, start, nameStart))
            {
                // "to be backed by a comprehensive action plan", "to produce an ASEAN-Chile Roadmap": a plan with no name or years yet.
                t = Math.Max(scan, noun.EndToken) - 1;
                continue;
            }
            var numbered = RomanEnd().IsMatch(TokenText.Join(tokens, nameStart, nameEnd));
            if (period is null && !numbered && acronym is null && capitalised)
            {
                // Without a period a named plan goes by its own noun phrase: "the Practical Cooperation Areas of the
                // ASEAN-Pakistan partnership" is the "Practical Cooperation Areas"; "an action plan for defence cooperation" keeps its words.
                nameEnd = noun.EndToken;
            }
            var name = TokenText.Join(tokens, nameStart, nameEnd);
            var label = acronym is not null && period is null && nameEnd - nameStart > 3 ? acronym
                : period is { } years && !numbered ? $"{Shorten(name, tokens, nameStart, nameEnd, actorAt)} {(years.First == years.Last ? $"{years.First}" : $"{years.First}-{years.Last}")}"
                : Shorten(name, tokens, nameStart, nameEnd, actorAt);
            plans.Add(new TopicMention<string>(nameStart, Math.Max(scan, noun.EndToken), label.Trim()));
            t = Math.Max(scan, noun.EndToken) - 1;
        }
        return plans;
    }

    /// <summary>Whether "a" or "an" opens the plan's noun phrase, with at most two lower-case words between.</summary>
    private static bool Indefinite(Token[] tokens, int start, int nameStart)
    {
        for (var i = nameStart - 1; i >= Math.Max(start, nameStart - 3); i--)
        {
            if (tokens[i].Lower is "a" or "an")
            {
                return true;
            }
            if (!tokens[i].IsWord || tokens[i].IsCapitalised)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A plan's period at <paramref name="t"/>: "2016-2020", "(2018-2022)", "for 2022-2026", "2017-21", "2025".</summary>
    private static ((int First, int Last) Period, int End)? Period(Token[] tokens, int t, int end)
    {
        var i = t;
        if (i < end && tokens[i].Lower is "for" or "covering" or "from")
        {
            i++;
        }
        if (i + 1 < end && tokens[i].Is("the") && tokens[i + 1].Lower is "period" or "years")
        {
            i += 2;
        }
        var open = i < end && tokens[i].IsSymbol('(');
        if (open)
        {
            i++;
        }
        if (i >= end || !IsYear(tokens[i]))
        {
            return null;
        }
        var first = Year(tokens[i].Text);
        if (i + 2 < end && (tokens[i + 1].IsSymbol('-') || tokens[i + 1].Is("to")) && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 2].Length is 2 or 4)
        {
            var last = tokens[i + 2].Length == 2 ? (first / 100 * 100) + Year(tokens[i + 2].Text) : Year(tokens[i + 2].Text);
            var close = open && i + 3 < end && tokens[i + 3].IsSymbol(')') ? i + 4 : i + 3;
            return last >= first ? ((first, last), close) : null;
        }
        // A single year ("MPAC 2025", "Tokyo Strategy 2018"), never one in brackets.
        return open || i > t ? null : ((first, first), i + 1);
    }

    private static bool IsYear(Token token) =>
        token.Kind == TokenKind.Number && token.Length == 4 && Year(token.Text) is >= 1950 and <= 2100;

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The name without the sides that own it ("ASEAN-China Plan of Action" is "Plan of Action") and without a trailing "for".</summary>
    /// <remarks>A name that gives its acronym goes by it: "Initiative for ASEAN Integration (IAI) Work Plan IV" is "IAI Work Plan IV".</remarks>
    private static string Shorten(string name, Token[] tokens, int start, int end, ActorMention?[] actorAt)
    {
        for (var i = start; i + 2 < end; i++)
        {
            if (tokens[i].IsSymbol('(') && tokens[i + 2].IsSymbol(')') && tokens[i + 1].IsAllCaps && i + 3 < end)
            {
                return $"{tokens[i + 1].Text} {TokenText.Join(tokens, i + 3, end)}";
            }
        }
        var t = start;
        while (t < end && (actorAt[t] is not null || tokens[t].IsSymbol('-') || tokens[t].IsSymbol('\'') || tokens[t].Is("s") || tokens[t].Is("the")))
        {
            t++;
        }
        if (t < end && tokens[t].Kind == TokenKind.Number && tokens[t].Length > 2 && char.IsLetter(tokens[t].Text[^1]))
        {
            t++;
        }
        return t == start ? name : TokenText.Join(tokens, t, end);
    }

    private static int NameStart(Token[] tokens, int start, int t, ActorMention?[] actorAt)
    {
        var s = t;
        for (var i = t - 1; i >= start; i--)
        {
            var token = tokens[i];
            if ((token.IsWord && token.IsCapitalised && !token.Is("The")) || token.IsSymbol('-') || (token.Kind == TokenKind.Number && i == t - 1) || actorAt[i] is not null)
            {
                s = i;
                continue;
            }
            if (token.IsSymbol(')') && i >= 2 && tokens[i - 2].IsSymbol('('))
            {
                s = i - 2;
                i -= 2;
                continue;
            }
            // "the ASEAN-Japan 10-year Strategic Economic Cooperation Roadmap", "a five-year Work Plan": the span is part of the name.
            if (token.Lower is "year" && i >= start + 2 && tokens[i - 1].IsSymbol('-') && !tokens[i - 1].SpaceBefore && tokens[i - 2] is { } count
                && (count.Kind == TokenKind.Number || count.Lower is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"))
            {
                s = i - 2;
                i -= 2;
                continue;
            }
            if (token.IsWord && token.Lower is "for" or "on" or "of" && i > start && tokens[i - 1].IsCapitalised)
            {
                s = i;
                continue;
            }
            break;
        }
        while (s < t && (tokens[s].Kind == TokenKind.Symbol || tokens[s].Lower is "for" or "on" or "of"))
        {
            s++;
        }
        return s;
    }

    [GeneratedRegex(@"\b(II|III|IV|V|VI|VII|VIII|IX|X)$")]
    private static partial Regex RomanEnd();
}
