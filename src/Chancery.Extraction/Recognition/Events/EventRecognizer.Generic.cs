using Chancery.Domain;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Events;

/// <summary>The recogniser's common nouns: "the meeting", "the talks", "an annual meeting ... took place", "in a separate meeting".</summary>
internal sealed partial class EventRecognizer
{
    private static readonly WordSet GenericHeads = new(
    [
        "meeting", "meetings", "summit", "session", "dialogue", "forum", "consultation", "consultations", "talks",
        "gathering", "conference", "committee", "commission", "seminar", "retreat", "council", "sitting", "round",
    ]);

    /// <summary>What a meeting held without a name is: "held talks" are a bilateral meeting, "held a dialogue" a forum.</summary>
    private static readonly Dictionary<string, EngagementKind> HeldKinds = new(StringComparer.Ordinal)
    {
        ["talks"] = EngagementKind.BilateralMeeting,
        ["meeting"] = EngagementKind.BilateralMeeting,
        ["consultations"] = EngagementKind.BilateralMeeting,
        ["dialogue"] = EngagementKind.Forum,
        ["conference"] = EngagementKind.Forum,
        ["seminar"] = EngagementKind.Forum,
    };

    private EventMention? Generic(Token[] tokens, Sentence sentence, int t)
    {
        var token = tokens[t];
        if (!token.IsWord || token.IsCapitalised || !GenericHeads.Contains(token))
        {
            return null;
        }
        // "dialogue partnership", "summit declaration": a noun that modifies another names no meeting.
        if (t + 1 < sentence.EndToken && tokens[t + 1].Lower is "partnership" or "partnerships" or "partner" or "partners" or "relations" or "mechanism"
            or "mechanisms" or "process" or "framework" or "platform" or "declaration" or "statement" or "calendar" or "format" or "level")
        {
            return null;
        }
        // "the 18th meeting of the Việt Nam-India Joint Committee": the name that follows is the meeting, and takes its ordinal.
        var of = t + 1 < sentence.EndToken && tokens[t + 1].Is("of") ? (t + 2 < sentence.EndToken && tokens[t + 2].Lower is "the" or "their" or "its" ? t + 3 : t + 2) : -1;
        // "the first session of the committee held under Vietnam's coordinatorship": a count within the body spoken of, not another sitting.
        if (of > 0 && (NamedFrom(tokens, of, sentence.EndToken) || (of < sentence.EndToken && GenericHeads.Contains(tokens[of]) && !tokens[of].IsCapitalised)))
        {
            return null;
        }
        var ordinal = OrdinalOverCadence(tokens, sentence.FirstToken, t);
        // "their second "two-plus-two" meeting", "the first 2+2 meeting": the ordinal stands before the series' own words.
        var phrase = t;
        if (ordinal is null && SeriesWordsStart(tokens, sentence.FirstToken, t) is { } words)
        {
            ordinal = OrdinalBefore(tokens, sentence.FirstToken, words);
            phrase = words;
        }
        var end = t + 1;
        // "the 24th consultation between Asean Economic Ministers and China's Ministry of Commerce (AEM-MOFCOM)"
        if (ordinal is not null)
        {
            for (var i = end; i < Math.Min(sentence.EndToken, end + 14); i++)
            {
                if (Parenthetical(tokens, i, sentence.EndToken) is { } acronym && lexicon.KindOfAcronym(acronym.Text) is { } kind)
                {
                    return new EventMention(sentence.Index, FirstWithOrdinal(tokens, sentence.FirstToken, t), acronym.End, EventSource.Named)
                    {
                        Kind = kind,
                        Acronym = acronym.Text,
                        Ordinal = ordinal,
                        Name = TokenText.Join(tokens, t, i),
                        Head = token.Lower,
                    };
                }
                if (tokens[i].IsSymbol('.') || tokens[i].IsSymbol(';'))
                {
                    break;
                }
            }
        }
        if (HeldBefore(tokens, sentence.FirstToken, phrase) && HeldKinds.TryGetValue(token.Lower, out var held))
        {
            // "held wide-ranging talks", "holds a bilateral meeting": what someone holds takes place.
            return new EventMention(sentence.Index, t, t + 1, EventSource.Verb) { Kind = held, Head = $"held {token.Lower}" };
        }
        var apart = Separate(tokens, sentence.FirstToken, t);
        if ((apart || Indefinite(tokens, sentence.FirstToken, phrase) && TookPlace(tokens, end, sentence.EndToken)) && HeldKinds.TryGetValue(token.Lower, out var occurred))
        {
            // "An annual Russia-ASEAN meeting at the level of foreign ministers took place on Thursday", "In a separate
            // meeting, ...": a meeting of its own.
            var level = lexicon.LevelOf(tokens, Math.Max(sentence.FirstToken, phrase - 6), Math.Min(sentence.EndToken, t + 8));
            return new EventMention(sentence.Index, t, t + 1, EventSource.Verb) { Kind = level ?? occurred, Head = $"{token.Lower} took place", Apart = apart };
        }
        if (phrase - 2 >= sentence.FirstToken && tokens[phrase - 1].Lower is "a" or "an" && tokens[phrase - 2].Is("at"))
        {
            // "adopting a new plan at a summit in Tokyo on Tuesday": the summit the next sentence names.
            return GenericAt(tokens, sentence.Index, t, end) with { Indefinite = true };
        }
        if (!Definite(tokens, sentence.FirstToken, phrase))
        {
            return null;
        }
        var generic = GenericAt(tokens, sentence.Index, t, end) with { Ordinal = ordinal, FirstToken = ordinal is null ? t : FirstWithOrdinal(tokens, sentence.FirstToken, phrase) };
        if (ordinal is not null && Modifiers(tokens, sentence.FirstToken, t) is { Length: > 0 } modifiers)
        {
            // "their second 'two-plus-two' meeting": what stands between the ordinal and the noun names the series.
            var kind = lexicon.Qualifiers.FindAll(tokens, t - 6 < sentence.FirstToken ? sentence.FirstToken : t - 6, Math.Min(sentence.EndToken, t + 6)).Select(q => q.Value.Kind).FirstOrDefault(k => k is not null);
            return generic with { Acronym = $"{modifiers} {token.Text}", Kind = kind };
        }
        return generic;
    }

    /// <summary>The words between an ordinal and its noun: "two-plus-two" in "their second "two-plus-two" meeting".</summary>
    private string Modifiers(Token[] tokens, int sentenceStart, int head)
    {
        var words = new List<string>();
        for (var i = head - 1; i >= sentenceStart && !IsOrdinalNumber(tokens[i]) && !lexicon.Ordinals.ContainsKey(tokens[i].Lower); i--)
        {
            if (tokens[i].Lower is "the" or "their" or "its" or "a")
            {
                return "";
            }
            // A word of cadence or form is no series' name: "their 53rd annual meeting".
            if ((tokens[i].IsWord && !IsCadenceOrForm(tokens[i]))
                || tokens[i].Kind == TokenKind.Number || tokens[i].IsSymbol('+') || tokens[i].IsSymbol('-'))
            {
                words.Insert(0, tokens[i].Text);
            }
        }
        return string.Join(' ', words).Replace(" - ", "-", StringComparison.Ordinal).Replace(" + ", "+", StringComparison.Ordinal);
    }

    /// <summary>
    /// "the meeting", "the two-day meeting", "the yearly gathering", "its fifth meeting": a common noun that refers
    /// back. "an ASEAN-China ministerial meeting" or "the annual ASEAN-China foreign ministers' meeting" does not:
    /// it speaks of another meeting.
    /// </summary>
    /// <summary>Whether a capitalised meeting name begins at <paramref name="start"/>: "the Việt Nam-India Joint Committee", not "the Russian-Myanmar intergovernmental commission".</summary>
    private bool NamedFrom(Token[] tokens, int start, int limit)
    {
        for (var i = start; i < Math.Min(limit, start + 10); i++)
        {
            if (tokens[i].IsCapitalised && lexicon.Heads.MatchAt(tokens, i, limit) is not null)
            {
                return true;
            }
            if (!(tokens[i].IsWord && tokens[i].IsCapitalised) && !tokens[i].IsSymbol('-') && !tokens[i].IsSymbol('\''))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A form of "hold" just before the noun, past a few lower-case modifiers: "held wide-ranging talks", "held a bilateral meeting".</summary>
    private static bool HeldBefore(Token[] tokens, int sentenceStart, int head)
    {
        for (var i = head - 1; i >= Math.Max(sentenceStart, head - 4); i--)
        {
            var token = tokens[i];
            if (token.Lower is "held" or "hold" or "holds" or "holding")
            {
                return true;
            }
            // Only an article and modifiers may stand between: "held its fifth meeting" is a named series' sitting, "held via video conference" a manner.
            if (!(token.IsWord && !token.IsCapitalised) && !token.IsSymbol('-') || token.Lower is "its" or "their" or "his" or "her" or "the" or "this" or "that"
                or "via" or "by" or "in" or "at" or "on" or "with" or "for" or "of" or "to" or "video" or "online" or "virtual")
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"a meeting", "an annual Russia-ASEAN meeting": an article that introduces a meeting not told before.</summary>
    private static bool Indefinite(Token[] tokens, int sentenceStart, int head)
    {
        for (var i = head - 1; i >= Math.Max(sentenceStart, head - 6); i--)
        {
            if (tokens[i].Lower is "a" or "an")
            {
                return true;
            }
            if (tokens[i].Lower is "the" or "this" or "that" or "its" or "their" or "his" or "her" || tokens[i].IsSymbol(',') || tokens[i].IsSymbol('.'))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"In a separate meeting", "in another meeting": a meeting apart from the one told before.</summary>
    private static bool Separate(Token[] tokens, int sentenceStart, int head) =>
        head - 1 >= sentenceStart && tokens[head - 1].Lower is "separate" or "another" or "later"
        || head - 2 >= sentenceStart && tokens[head - 2].Lower is "separate" or "another" && tokens[head - 1].Lower is "bilateral";

    /// <summary>"... took place", "... was held", "... convened": the words after a noun that say its meeting happened.</summary>
    private static bool TookPlace(Token[] tokens, int from, int sentenceEnd)
    {
        for (var i = from; i + 1 < Math.Min(sentenceEnd, from + 10); i++)
        {
            if (tokens[i].IsSymbol(',') || tokens[i].IsSymbol(';'))
            {
                return false;
            }
            if ((tokens[i].Lower is "took" or "takes" && tokens[i + 1].Is("place")) || (tokens[i].Lower is "was" or "were" && tokens[i + 1].Is("held")) || tokens[i].Is("convened"))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Definite(Token[] tokens, int sentenceStart, int head)
    {
        for (var i = head - 1; i >= Math.Max(sentenceStart, head - 5); i--)
        {
            var token = tokens[i];
            if (token.Lower is "the" or "this" or "that" or "its" or "their")
            {
                return true;
            }
            if (token.IsCapitalised || token.Lower is "a" or "an")
            {
                return false;
            }
        }
        return false;
    }

    private static EventMention GenericAt(Token[] tokens, int sentence, int t, int end) =>
        new(sentence, t, end, EventSource.Generic) { Head = tokens[t].Lower };
}
