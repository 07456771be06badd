using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.People;

/// <summary>The recogniser's titles: built on a head noun and widened both ways ("Deputy Foreign Minister", "Ambassador of the Russian Federation to ASEAN"), with whom they point to.</summary>
internal sealed partial class PersonRecognizer
{
    /// <summary>
    /// Titles in a sentence: each is built on a head noun ("Minister"), widened to the left over title words
    /// ("Deputy Foreign") and to the right over complements ("of the Russian Federation to ASEAN", "(East)"),
    /// and conjoined titles ("Deputy Prime Minister and Foreign Minister") are one title.
    /// </summary>
    private List<TitleSpan> FindTitles(Token[] tokens, Sentence sentence, ActorMention?[] actorAt)
    {
        var titles = new List<TitleSpan>();
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var full = lexicon.Titles.MatchAt(tokens, t, sentence.EndToken);
            var head = lexicon.Heads.MatchAt(tokens, t, sentence.EndToken);
            if (full is null && head is null)
            {
                continue;
            }
            var headEnd = Math.Max(full?.EndToken ?? 0, head?.EndToken ?? 0);
            // "Deputy Chief Executive Officer", "Secretary General": a title goes on over title words to a second head.
            for (var next = headEnd; next < sentence.EndToken && tokens[next].IsCapitalised && lexicon.TitleWords.Contains(tokens[next]); next++)
            {
                if (lexicon.Heads.MatchAt(tokens, next, sentence.EndToken) is { } further)
                {
                    headEnd = further.EndToken;
                    next = headEnd - 1;
                }
            }
            var start = ExtendLeft(tokens, t, sentence.FirstToken, actorAt);
            var end = ExtendRight(tokens, headEnd, sentence.EndToken, actorAt);
            // "Deputy Prime Minister and Foreign Minister": a title joined by "and" to another goes on.
            while (end + 1 < sentence.EndToken && tokens[end].Is("and") && lexicon.Heads.MatchAt(tokens, LeftTitleWords(tokens, end + 1, sentence.EndToken), sentence.EndToken) is { } next)
            {
                end = ExtendRight(tokens, next.EndToken, sentence.EndToken, actorAt);
            }
            var domestic = full?.Value.Domestic ?? head?.Value ?? false;
            var (affiliation, strength) = Affiliation(tokens, start, end, actorAt);
            if (affiliation is null && full?.Value.Affiliation is { } byTitle && full.Value.FirstToken == start)
            {
                (affiliation, strength) = (byTitle, 1);
            }
            if (titles.Count > 0 && titles[^1].EndToken > start)
            {
                continue;
            }
            var span = new TitleSpan(start, end, TitleText(tokens, start, end, actorAt))
            {
                Affiliation = affiliation,
                AffiliationStrength = strength,
                Domestic = domestic,
            };
            // "Russia's envoy to ASEAN, Ambassador Evgeny Zagaynov": a title set beside another lends it whom it serves.
            if (titles.Count > 0 && titles[^1] is { } previous && previous.EndToken + 1 == start && tokens[previous.EndToken].IsSymbol(',')
                && previous.AffiliationStrength > span.AffiliationStrength)
            {
                span = span with { Affiliation = previous.Affiliation, AffiliationStrength = previous.AffiliationStrength };
            }
            titles.Add(span);
            t = end - 1;
        }
        return titles;
    }

    private int LeftTitleWords(Token[] tokens, int t, int end)
    {
        while (t < end && tokens[t].IsCapitalised && lexicon.TitleWords.Contains(tokens[t]) && lexicon.Heads.MatchAt(tokens, t, end) is null)
        {
            t++;
        }
        return t;
    }

    /// <summary>Widens a title to the left over title words and joining words: "Deputy Foreign", "Investment, Trade and Industry".</summary>
    private int ExtendLeft(Token[] tokens, int t, int sentenceStart, ActorMention?[] actorAt)
    {
        var start = t;
        for (var i = t - 1; i >= sentenceStart; i--)
        {
            var token = tokens[i];
            if (token.IsWord && token.IsCapitalised && lexicon.TitleWords.Contains(token) && actorAt[i] is null)
            {
                start = i;
            }
            else if (token.IsWord && actorAt[i] is { Actor.Value: "ASEAN", Possessive: false } && i + 1 == start)
            {
                // "ASEAN SOM Leader", "ASEAN Deputy Secretary-General": ASEAN qualifies the office.
                start = i;
            }
            else if ((token.Is("and") || token.IsSymbol(',') || token.IsSymbol('&')) && i > sentenceStart && i + 1 == start
                && tokens[i - 1].IsCapitalised && lexicon.TitleWords.Contains(tokens[i - 1]) && actorAt[i - 1] is null)
            {
                start = i;
            }
            else if (token.IsSymbol('-') && !token.SpaceBefore && i + 1 == start)
            {
                start = i;
            }
            else
            {
                break;
            }
        }
        return start;
    }

    /// <summary>
    /// Widens a title to the right over its complements: "(East)", "of the Russian Federation", "to ASEAN",
    /// "for East Asian and Pacific Affairs", "in Singapore's Ministry of Foreign Affairs".
    /// </summary>
    private int ExtendRight(Token[] tokens, int end, int limit, ActorMention?[] actorAt)
    {
        while (end < limit)
        {
            var token = tokens[end];
            if (token.IsSymbol('(') && end + 2 < limit && tokens[end + 2].IsSymbol(')') && tokens[end + 1].IsCapitalised)
            {
                end += 3;
                continue;
            }
            if (token.IsWord && token.Lower is "of" or "for" or "to" or "in" or "at" or "on")
            {
                var phraseEnd = ComplementEnd(tokens, end + 1, limit, actorAt);
                if (phraseEnd > end + 1)
                {
                    end = phraseEnd;
                    continue;
                }
            }
            break;
        }
        return end;
    }

    private int ComplementEnd(Token[] tokens, int t, int limit, ActorMention?[] actorAt)
    {
        var start = t;
        var end = t;
        while (t < limit)
        {
            var token = tokens[t];
            if (t > 0 && tokens[t - 1].Lower is "to" or "of" && LeftTitleWords(tokens, t, limit) is var titleHead && titleHead < limit && lexicon.Heads.MatchAt(tokens, titleHead, limit) is not null && actorAt[t] is null)
            {
                // "... to ASEAN to Secretary-General of ASEAN Le Luong Minh": a second title is another person's.
                break;
            }
            if (lexicon.Offices.MatchAt(tokens, t, limit) is { } office && office.EndToken - office.FirstToken > 1)
            {
                end = t = office.EndToken;
                continue;
            }
            if (actorAt[t] is { } actor && actor.FirstToken == t)
            {
                t = actor.EndToken;
                if (actor.Possessive)
                {
                    t += tokens[t].IsSymbol('\'') ? (t + 1 < limit && tokens[t + 1].Is("s") ? 2 : 1) : 0;
                }
                end = t;
                continue;
            }
            if (token.IsWord && token.IsCapitalised && (lexicon.TitleWords.Contains(token) || token.IsAllCaps))
            {
                end = ++t;
                continue;
            }
            if (token.IsSymbol('(') && t + 2 < limit && tokens[t + 2].IsSymbol(')'))
            {
                end = t += 3;
                continue;
            }
            if ((token.Is("the") && t == start) || token.IsSymbol('-') || token.IsSymbol('\''))
            {
                t++;
                continue;
            }
            if ((token.Is("and") || token.IsSymbol(',') || token.IsSymbol('&')) && t > start && t + 1 < limit
                && (ContinuesComplement(tokens, t + 1, limit, actorAt) || (tokens[t + 1].Is("the") && t + 2 < limit && ContinuesComplement(tokens, t + 2, limit, actorAt))))
            {
                t++;
                continue;
            }
            // An unknown capitalised word inside a complement, followed by more of it: "Development, Francophonie and International Partnerships".
            if (token.IsWord && token.IsCapitalised && t > start && t + 2 < limit && tokens[t + 1].Is("and") && ContinuesComplement(tokens, t + 2, limit, actorAt))
            {
                t++;
                continue;
            }
            break;
        }
        return end;
    }

    private bool ContinuesComplement(Token[] tokens, int t, int limit, ActorMention?[] actorAt) =>
        t < limit && (actorAt[t] is not null || (tokens[t].IsCapitalised && lexicon.TitleWords.Contains(tokens[t])));

    /// <summary>
    /// Whom a title's own words say its holder speaks for: an adjective or possessive before it ("Russian",
    /// "Brazil's"), or within it ("Malaysian ASEAN Senior Official", "in Singapore's Ministry"), or "of X"
    /// ("Ambassador of the Russian Federation to ASEAN": RU, not ASEAN), or a known office ("Ministry of External Affairs").
    /// </summary>
    private (ActorId? Actor, int Strength) Affiliation(Token[] tokens, int start, int end, ActorMention?[] actorAt)
    {
        // "Brazil's Minister", "Laos' Deputy Foreign Minister": look past the possessive to the actor.
        var prefix = start - 1;
        if (prefix >= 1 && tokens[prefix].Is("s") && tokens[prefix - 1].IsSymbol('\''))
        {
            prefix -= 2;
        }
        else if (prefix >= 0 && tokens[prefix].IsSymbol('\''))
        {
            prefix--;
        }
        // "Myanmar's military chief": an adjective between the possessive and the title does not break it.
        if (prefix >= 1 && tokens[prefix].IsWord && !tokens[prefix].IsCapitalised && actorAt[prefix] is null && actorAt[prefix - 1] is { Possessive: true })
        {
            prefix--;
            while (prefix >= 0 && (tokens[prefix].IsSymbol('\'') || tokens[prefix].Is("s")) && actorAt[prefix] is null)
            {
                prefix--;
            }
        }
        if (prefix >= 0 && actorAt[prefix] is { } before && (before.Form == ActorForm.Adjective || before.Possessive || (before.Form == ActorForm.Name && tokens[before.FirstToken].IsAllCaps)))
        {
            return (before.Actor, 3);
        }
        if (prefix >= 2 && tokens[prefix].IsSymbol(')') && tokens[prefix - 2].IsSymbol('(') && actorAt[prefix - 1] is { } bracketed)
        {
            return (bracketed.Actor, 3);
        }
        ActorId? ofActor = null, insideActor = null, aseanInside = null;
        for (var t = start; t < end; t++)
        {
            if (actorAt[t] is not { } actor || actor.FirstToken != t)
            {
                continue;
            }
            var preposition = PrepositionBefore(tokens, t, start);
            if (actor.Actor.Value == "ASEAN" && !actor.Possessive && preposition != "of")
            {
                // "ASEAN Deputy Secretary-General", not "Undersecretary for Bilateral Relations and ASEAN Affairs".
                if (t == start)
                {
                    aseanInside ??= actor.Actor;
                }
            }
            else if (actor.Possessive || actor.Form == ActorForm.Adjective)
            {
                insideActor ??= actor.Actor;
            }
            else if (preposition == "of")
            {
                ofActor ??= actor.Actor;
            }
        }
        if ((insideActor ?? ofActor) is { } strong)
        {
            return (strong, 3);
        }
        foreach (var office in lexicon.Offices.FindAll(tokens, start, end))
        {
            return (office.Value, 2);
        }
        return aseanInside is { } asean ? (asean, 2) : (null, 0);
    }

    /// <summary>The preposition that governs a phrase ("of", "to", "for"), skipping "the".</summary>
    private static string? PrepositionBefore(Token[] tokens, int t, int start)
    {
        for (var i = t - 1; i >= start; i--)
        {
            if (tokens[i].Is("the"))
            {
                continue;
            }
            return tokens[i].Lower is "of" or "to" or "for" or "in" or "at" ? tokens[i].Lower : null;
        }
        return null;
    }

    /// <summary>The title as written, without a leading "the", nationality adjective or possessive.</summary>
    private static string TitleText(Token[] tokens, int start, int end, ActorMention?[] actorAt)
    {
        while (start < end && (tokens[start].Is("the") || (actorAt[start] is { } actor && actor.FirstToken == start && actor.Form == ActorForm.Adjective && actor.Actor.Value != "ASEAN")))
        {
            start = actorAt[start]?.EndToken ?? start + 1;
        }
        return NameText(tokens, start, end);
    }
}
