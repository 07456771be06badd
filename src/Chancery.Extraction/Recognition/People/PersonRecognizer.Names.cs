using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.People;

/// <summary>The recogniser's names: where a person's name begins and ends, past honorifics, initials, particles and suffixes, and what only looks like one.</summary>
internal sealed partial class PersonRecognizer
{
    private (int Start, ActorId? Nationality) SkipHonorifics(Token[] tokens, int t, int end)
    {
        ActorId? nationality = null;
        while (t < end && lexicon.Honorifics.MatchAt(tokens, t, end) is { } honorific && honorific.EndToken < end && StartsName(tokens[honorific.EndToken]))
        {
            nationality ??= honorific.Value;
            t = honorific.EndToken;
            if (t < end && tokens[t].IsSymbol('.') && !tokens[t].SpaceBefore)
            {
                t++;
            }
        }
        return (t, nationality);
    }

    private static bool StartsName(Token token) => token.IsWord && token.IsCapitalised;

    /// <summary>
    /// The end of a name starting at <paramref name="t"/>: capitalised words that are not title words,
    /// actors or stopwords, with initials ("Daniel J. Kritenbrink"), particles ("van", "bin"), hyphenated
    /// parts ("Chan-o-cha") and suffixes ("Jr.", "III").
    /// </summary>
    private int NameEnd(Token[] tokens, int t, int limit, ActorMention?[] actorAt)
    {
        var start = t;
        var end = t;
        var words = 0;
        while (t < limit && words < 6)
        {
            var token = tokens[t];
            // "S. Jaishankar", "Daniel J. Kritenbrink": an initial is a capital letter and a full stop.
            if (token.IsWord && token.Length == 1 && token.IsCapitalised && t + 1 < limit && tokens[t + 1].IsSymbol('.') && !tokens[t + 1].SpaceBefore
                && t + 2 < limit && IsNameWord(tokens[t + 2], actorAt[t + 2]))
            {
                end = t += 2;
                continue;
            }
            if (IsNameWord(token, actorAt[t]))
            {
                words++;
                end = ++t;
                // "Chan-o-cha", "Seung-bae": lower-case parts joined by hyphens belong to the name.
                while (t + 1 < limit && tokens[t].IsSymbol('-') && !tokens[t].SpaceBefore && tokens[t + 1].IsWord && !tokens[t + 1].SpaceBefore)
                {
                    end = t += 2;
                }
                if (t + 1 < limit && tokens[t].IsSymbol('.') && !tokens[t].SpaceBefore && lexicon.Abbreviations.Contains(token) && IsNameWord(tokens[t + 1], actorAt[t + 1]))
                {
                    end = ++t;
                }
                continue;
            }
            if (token.IsWord && token.Length == 1 && token.IsCapitalised && t + 1 < limit && tokens[t + 1].IsSymbol('.') && !tokens[t + 1].SpaceBefore)
            {
                end = t += 2;
                continue;
            }
            if (t > start && token.IsWord && lexicon.Particles.Contains(token) && !token.IsCapitalised && t + 1 < limit && IsNameWord(tokens[t + 1], actorAt[t + 1]))
            {
                t++;
                continue;
            }
            if (t > start && token.IsWord && lexicon.Suffixes.Contains(token))
            {
                end = ++t;
                if (t < limit && tokens[t].IsSymbol('.') && !tokens[t].SpaceBefore)
                {
                    end = ++t;
                }
                break;
            }
            // "Perfecto R. Yasay, Jr."
            if (t > start && token.IsSymbol(',') && t + 1 < limit && tokens[t + 1].IsWord && lexicon.Suffixes.Contains(tokens[t + 1]))
            {
                t++;
                continue;
            }
            break;
        }
        return words == 0 ? start : end;
    }

    private bool IsNameWord(Token token, ActorMention? actor) =>
        token.IsWord && token.IsCapitalised && actor is null && !token.IsAllCaps
        && !lexicon.TitleWords.ContainsAsWritten(token) && !lexicon.Stopwords.ContainsAsWritten(token);

    /// <summary>
    /// A single capitalised word that may be a later mention of someone named before ("Biden's appearance",
    /// "Hayashi also co-chaired"): kept as tentative, and dropped unless it matches a person of the document.
    /// </summary>
    private static bool IsSurname(Token[] tokens, int start, int end, Sentence sentence) =>
        end - start == 1 && tokens[start].Length > 2 && !(end < sentence.EndToken && tokens[end].IsCapitalised && tokens[end].SpaceBefore);

    /// <summary>An untitled run of capitalised words is a person when it has two words or more and is not followed by the noun of a place or body.</summary>
    /// <summary>
    /// One common word cut from the name of a body by the title before it: "Chairman of the State Administration
    /// Council", "director of the National Confederation of Agriculture" name no "Administration" or "Confederation".
    /// </summary>
    private bool GoesOnIntoABody(Token[] tokens, int start, int end, int limit)
    {
        if (end - start != 1 || !lexicon.EnglishWords.ContainsAsWritten(tokens[start]) || end >= limit)
        {
            return false;
        }
        var next = tokens[end];
        return (next.IsCapitalised && next.IsWord && (lexicon.TitleWords.Contains(next) || lexicon.Stopwords.Contains(next.Text)))
            || (next.Is("of") && end + 1 < limit && tokens[end + 1].IsCapitalised);
    }

    /// <summary>
    /// Capitalised words that read as an English phrase, not a name: all of them common words ("Shared Values",
    /// "Launch Vehicles"), or a first word that is a verb's form ("Accompanying Minh", "Exploring Synergies").
    /// </summary>
    private bool IsPhrase(Token[] tokens, int start, int end)
    {
        if (WordsOfName(tokens, start, end) < 2)
        {
            // A lone word is a later mention by surname ("Moon", "Lee"), told by the names met before it.
            return false;
        }
        var firstWord = tokens[FirstWordOfName(tokens, start)];
        var common = lexicon.EnglishWords.ContainsAsWritten(firstWord);
        // "the Plan of Action to Prevent Violent Extremism": after "to", a common word begins a verb phrase, not a name.
        var infinitive = start > 0 && tokens[start - 1].Is("to") && common;
        return infinitive || AllEnglish(tokens, start, end)
            || (common && (firstWord.LowerText.EndsWith("ing", StringComparison.Ordinal) || firstWord.LowerText.EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>The words of a name longer than an initial.</summary>
    private static bool IsNameWordOfLength(Token token) => token.IsWord && token.Length > 1;

    private static int WordsOfName(Token[] tokens, int start, int end)
    {
        var words = 0;
        for (var t = start; t < end; t++)
        {
            words += IsNameWordOfLength(tokens[t]) ? 1 : 0;
        }
        return words;
    }

    private static int FirstWordOfName(Token[] tokens, int start)
    {
        while (!IsNameWordOfLength(tokens[start]))
        {
            start++;
        }
        return start;
    }

    private bool AllEnglish(Token[] tokens, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (IsNameWordOfLength(tokens[t]) && !lexicon.EnglishWords.ContainsAsWritten(tokens[t]))
            {
                return false;
            }
        }
        return true;
    }

    private bool LooksLikeAName(Token[] tokens, int start, int end, Sentence sentence)
    {
        if (WordsOfName(tokens, start, end) < 2)
        {
            return false;
        }
        if (end < sentence.EndToken && (tokens[end].IsCapitalised || tokens[end].IsSymbol('(')))
        {
            return false;
        }
        if (start == sentence.FirstToken)
        {
            return true;
        }
        // "the Network of ASEAN-Russia Think-Tanks": a run that goes on from a capitalised word or "the" names a body, not a person;
        // a common word opening the sentence ("When Xi Jinping's plane landed") does not.
        var before = tokens[start - 1];
        var opensSentence = (start - 1 == sentence.FirstToken || tokens[start - 2].IsSymbol('-') || tokens[start - 2].IsSymbol(':'))
            && lexicon.EnglishWords.ContainsAsWritten(before);
        return !before.Is("the") && !(before.IsWord && before.IsCapitalised && !opensSentence) && !(before.IsSymbol('-') && !before.SpaceBefore);
    }

    /// <summary>A name or title as written, without the comma that may close it.</summary>
    private static string NameText(Token[] tokens, int start, int end) => TokenText.Join(tokens, start, end).TrimEnd(',', ' ');
}
