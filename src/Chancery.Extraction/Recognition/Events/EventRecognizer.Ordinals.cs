using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Events;

/// <summary>The recogniser's ordinals: which sitting a name or a common noun numbers ("the 19th", "Twenty-First", "their second \"two-plus-two\"").</summary>
internal sealed partial class EventRecognizer
{
    /// <summary>What follows the ordinal of a sitting whose noun is left out: "the 15th for the Tianjin Eco-City".</summary>
    /// <remarks>Sets of word numbers, not strings: this is asked at every token of every body sentence, and comparing
    /// strings read each word's text from wherever it lies in memory.</remarks>
    private static readonly WordSet ElidedSittingGoesOn = new(["for", "of", "in", "with"]);

    private static readonly WordSet The = new(["the"]);

    /// <summary>
    /// A sitting whose noun is left out after another's: "the 24th meeting for the Suzhou Industrial Park, the 15th for
    /// the Tianjin Eco-City and the seventh for the Chongqing initiative" names three meetings.
    /// </summary>
    private EventMention? ElidedSitting(Token[] tokens, Sentence sentence, int t, List<EventMention> before)
    {
        if (t == sentence.FirstToken || t + 1 >= sentence.EndToken || !ElidedSittingGoesOn.Contains(tokens[t + 1]) || !The.Contains(tokens[t - 1])
            || before.LastOrDefault(m => m.Ordinal is not null && m.Source == EventSource.Generic) is not { } previous)
        {
            return null;
        }
        var ordinal = OrdinalBefore(tokens, sentence.FirstToken, t + 1);
        return ordinal is null || ordinal == previous.Ordinal ? null : GenericAt(tokens, sentence.Index, t, t + 1) with { Ordinal = ordinal, Head = previous.Head };
    }

    /// <summary>The ordinal written right before a name: "19th", "fifth", "Twenty-First", "first-ever".</summary>
    private int? OrdinalBefore(Token[] tokens, int sentenceStart, int nameStart)
    {
        var i = nameStart - 1;
        if (i < sentenceStart)
        {
            return null;
        }
        if (IsOrdinalNumber(tokens[i]))
        {
            // "19th": the digits before the suffix; a number too long for any sitting ("99999999999th") numbers none.
            var text = tokens[i].Text;
            return int.TryParse(text.AsSpan(0, text.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
        }
        if (tokens[i].Is("ever") && i >= 2 && tokens[i - 1].IsSymbol('-') && tokens[i - 2].Is("first"))
        {
            return 1;
        }
        if (tokens[i].IsWord && lexicon.Ordinals.TryGetValue(tokens[i].Lower, out var value))
        {
            // "Twenty-First": tens joined by a hyphen.
            if (i >= 2 && tokens[i - 1].IsSymbol('-') && lexicon.Tens.TryGetValue(tokens[i - 2].Lower, out var tens))
            {
                return tens + value;
            }
            return value;
        }
        return null;
    }

    /// <summary>"the 21st meeting of the ...", "its second meeting", "the sixth round of their ...": the ordinal of the phrase before a name.</summary>
    private int? OrdinalOfPhrase(Token[] tokens, int sentenceStart, int nameStart)
    {
        var i = nameStart - 1;
        while (i >= sentenceStart && tokens[i].Lower is "the" or "their" or "its")
        {
            i--;
        }
        if (i < sentenceStart + 1 || !tokens[i].Is("of") || tokens[i - 1].Lower is not ("meeting" or "session" or "round" or "sitting" or "edition"))
        {
            return null;
        }
        return OrdinalBefore(tokens, sentenceStart, i - 1);
    }

    /// <summary>The mention begins at its ordinal, so the ordinal's words are the mention's evidence too.</summary>
    private int FirstWithOrdinal(Token[] tokens, int sentenceStart, int nameStart)
    {
        var i = nameStart - 1;
        if (i < sentenceStart)
        {
            return nameStart;
        }
        if (IsOrdinalNumber(tokens[i]) || (tokens[i].IsWord && lexicon.Ordinals.ContainsKey(tokens[i].Lower)))
        {
            return i >= sentenceStart + 2 && tokens[i - 1].IsSymbol('-') && lexicon.Tens.ContainsKey(tokens[i - 2].Lower) ? i - 2 : i;
        }
        return nameStart;
    }

    /// <summary>
    /// Where the words that name a series begin when an ordinal stands before them: a number joined by signs ("2+2"),
    /// a hyphenated compound ("two-plus-two"), quoted or not; no more than a few tokens, no ordinary word.
    /// </summary>
    private int? SeriesWordsStart(Token[] tokens, int sentenceStart, int head)
    {
        var joined = false;
        for (var i = head - 1; i >= Math.Max(sentenceStart + 1, head - 9); i--)
        {
            var token = tokens[i];
            if (IsOrdinalNumber(token) || (token.IsWord && lexicon.Ordinals.ContainsKey(token.Lower)))
            {
                return joined && i < head - 1 ? i + 1 : null;
            }
            joined |= token.IsSymbol('+') || (token.IsSymbol('-') && !token.SpaceBefore);
            if (!(token.IsSymbol('"') || token.IsSymbol('+') || token.IsSymbol('-') || token.Kind == TokenKind.Number || (token.IsWord && !token.IsCapitalised && token.Length <= 5)))
            {
                return null;
            }
        }
        return null;
    }

    private bool IsOrdinalWord(Token token) => lexicon.Ordinals.ContainsKey(token.Lower) || lexicon.Tens.ContainsKey(token.Lower);

    private static bool IsOrdinalNumber(Token token) =>
        token.Kind == TokenKind.Number && token.Length > 2 && char.IsLetter(token.Text[^1]);

    /// <summary>"their 53rd annual meeting", "the 36th annual ASEAN-U.S. Dialogue": an ordinal may stand before a word of cadence or form.</summary>
    private int? OrdinalOverCadence(Token[] tokens, int sentenceStart, int start) =>
        OrdinalBefore(tokens, sentenceStart, start)
        ?? (start - 1 > sentenceStart && IsCadenceOrForm(tokens[start - 1]) ? OrdinalBefore(tokens, sentenceStart, start - 1) : null);

    /// <summary>Words of cadence or form, which number nothing and name no series: "annual", "plenary", "bilateral".</summary>
    private static bool IsCadenceOrForm(Token token) =>
        token.Lower is "annual" or "regular" or "yearly" or "plenary" or "informal" or "special" or "ministerial" or "bilateral";
}
