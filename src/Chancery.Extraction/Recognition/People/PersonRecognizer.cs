using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.People;

/// <summary>
/// Finds people and their titles in the orders press releases use: "Prime Minister Narendra Modi",
/// "Michael Tene, Deputy Secretary-General of ASEAN", "the UK Minister for the Indo-Pacific, Anne-Marie Trevelyan",
/// "Russian Deputy Foreign Minister Andrey Rudenko", and later mentions by surname or by title and surname
/// ("Ambassador Zagaynov", "Dr. Kao", "Huong"). Every mention is tied to one <see cref="Person"/>.
/// </summary>
internal sealed class PersonRecognizer(PeopleLexicon lexicon)
{
    /// <param name="placeAt">Whether a token is part of a place's name: an untitled "Bandar Seri Begawan" is the city, not a person.</param>
    /// <returns>The mentions of people, the people they are, and every title found, with or without a name ("the Ambassador of Japan").</returns>
    /// <param name="actorAt">The actor named at each token, if any.</param>
    public (List<PersonMention> Mentions, List<MentionedPerson> People, List<TitleSpan> Titles) Find(Document document, ActorMention?[] actorAt, Func<int, bool> placeAt)
    {
        var tokens = document.Tokens;
        var mentions = new List<PersonMention>();
        var titles = new List<TitleSpan>();
        // Headlines and captions speak in fragments ("Yasay, ASEAN chief go over ..."): people are read from the body.
        foreach (var sentence in document.Sentences.Where(s => s.IsBody))
        {
            mentions.AddRange(InSentence(tokens, sentence, actorAt, titles));
        }
        var people = Link(mentions, tokens, placeAt);
        return (mentions, people, titles);
    }

    private List<PersonMention> InSentence(IReadOnlyList<Token> tokens, Sentence sentence, ActorMention?[] actorAt, List<TitleSpan> allTitles)
    {
        var titles = FindTitles(tokens, sentence, actorAt);
        allTitles.AddRange(titles);
        var mentions = new List<PersonMention>();
        var used = new bool[sentence.EndToken - sentence.FirstToken];
        bool Used(int t) => used[t - sentence.FirstToken];
        void Use(int from, int to)
        {
            for (var t = from; t < to; t++)
            {
                used[t - sentence.FirstToken] = true;
            }
        }
        foreach (var title in titles)
        {
            Use(title.FirstToken, title.EndToken);
        }
        var asTitles = titles.Where(title => title.FirstToken > sentence.FirstToken && tokens[title.FirstToken - 1].Is("as")).ToList();
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (Used(t))
            {
                continue;
            }
            var (nameStart, honorificNationality) = SkipHonorifics(tokens, t, sentence.EndToken);
            var nameEnd = NameEnd(tokens, nameStart, sentence.EndToken, actorAt);
            if (nameEnd <= nameStart || Enumerable.Range(nameStart, nameEnd - nameStart).Any(Used))
            {
                continue;
            }
            var name = NameText(tokens, nameStart, nameEnd);
            var before = titles.LastOrDefault(title => title.EndToken <= t && Adjacent(tokens, title.EndToken, t, allowComma: true));
            // "Ambassador Nguyen Hai Bang, Permanent Representative of Viet Nam to ASEAN": a bare title before the name gives way to
            // the apposition that says whom the person serves.
            var bare = before is { Affiliation: null } && before.EndToken - before.FirstToken == 1;
            var after = before is null || bare ? titles.FirstOrDefault(title => title.FirstToken >= nameEnd && Apposed(tokens, nameEnd, title.FirstToken, actorAt)) : null;
            var title = bare && after is not null && (after.Affiliation is not null || after.EndToken - after.FirstToken > 1) ? after : before ?? after;
            if (title is null && asTitles.FirstOrDefault(a => a.FirstToken > nameEnd) is { } asTitle)
            {
                // "Patrick Hermann today presented his Letter of Credence as Ambassador of the Kingdom of Belgium to ASEAN"
                title = asTitle;
                asTitles.Remove(asTitle);
            }
            if ((title is null && IsPhrase(tokens, nameStart, nameEnd)) || GoesOnIntoABody(tokens, nameStart, nameEnd, sentence.EndToken)
                || (nameEnd < sentence.EndToken && tokens[nameEnd] is { IsWord: true, IsCapitalised: false } next && lexicon.PlaceNouns.Contains(next.Lower)))
            {
                t = nameEnd - 1;
                continue;
            }
            var tentative = title is null && !LooksLikeAName(tokens, nameStart, nameEnd, sentence);
            if (tentative && !IsSurname(tokens, nameStart, nameEnd, sentence))
            {
                t = nameEnd - 1;
                continue;
            }
            if (honorificNationality is { } nationality && title is not null && title.Affiliation is null)
            {
                title = title with { Affiliation = nationality, AffiliationStrength = 2 };
            }
            if (title is not null && title.AffiliationStrength < 3 && LeaderOfSide(tokens, Math.Min(title.FirstToken, nameStart), sentence.FirstToken, actorAt) is { } side)
            {
                title = title with { Affiliation = side, AffiliationStrength = 3 };
            }
            if (title is not null && title.AffiliationStrength < 3 && Represents(tokens, Math.Max(nameEnd, title.EndToken), sentence.EndToken, actorAt) is { } represented)
            {
                title = title with { Affiliation = represented, AffiliationStrength = 3 };
            }
            if (title is not null && title.AffiliationStrength < 3 && MemberOfSide(tokens, Math.Min(title.FirstToken, nameStart), sentence.FirstToken, mentions) is { } delegation)
            {
                title = title with { Affiliation = delegation, AffiliationStrength = 3 };
            }
            if (title is { Affiliation: null } && mentions.Count > 0 && mentions[^1] is { Title: { Affiliation: { } shared, AffiliationStrength: >= 2 } } previous
                && previous.End + 1 == title.FirstToken && tokens[previous.End].Is("and"))
            {
                // "Japanese Foreign Minister Motegi Toshimitsu and Defence Minister Kishi Nobuo": the adjective goes for both.
                title = title with { Affiliation = shared, AffiliationStrength = 2 };
            }
            mentions.Add(new PersonMention(nameStart, nameEnd, name)
            {
                Title = title,
                HonorificNationality = honorificNationality,
                Tentative = tentative,
            });
            Use(t, nameEnd);
            t = nameEnd - 1;
        }
        return mentions;
    }

    /// <summary>
    /// Titles in a sentence: each is built on a head noun ("Minister"), widened to the left over title words
    /// ("Deputy Foreign") and to the right over complements ("of the Russian Federation to ASEAN", "(East)"),
    /// and conjoined titles ("Deputy Prime Minister and Foreign Minister") are one title.
    /// </summary>
    private List<TitleSpan> FindTitles(IReadOnlyList<Token> tokens, Sentence sentence, ActorMention?[] actorAt)
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
            for (var next = headEnd; next < sentence.EndToken && tokens[next].IsCapitalised && lexicon.TitleWords.Contains(tokens[next].Lower); next++)
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

    private int LeftTitleWords(IReadOnlyList<Token> tokens, int t, int end)
    {
        while (t < end && tokens[t].IsCapitalised && lexicon.TitleWords.Contains(tokens[t].Lower) && lexicon.Heads.MatchAt(tokens, t, end) is null)
        {
            t++;
        }
        return t;
    }

    /// <summary>Widens a title to the left over title words and joining words: "Deputy Foreign", "Investment, Trade and Industry".</summary>
    private int ExtendLeft(IReadOnlyList<Token> tokens, int t, int sentenceStart, ActorMention?[] actorAt)
    {
        var start = t;
        for (var i = t - 1; i >= sentenceStart; i--)
        {
            var token = tokens[i];
            if (token.IsWord && token.IsCapitalised && lexicon.TitleWords.Contains(token.Lower) && actorAt[i] is null)
            {
                start = i;
            }
            else if (token.IsWord && actorAt[i] is { Actor.Value: "ASEAN", Possessive: false } && i + 1 == start)
            {
                // "ASEAN SOM Leader", "ASEAN Deputy Secretary-General": ASEAN qualifies the office.
                start = i;
            }
            else if ((token.Is("and") || token.IsSymbol(',') || token.IsSymbol('&')) && i > sentenceStart && i + 1 == start
                && tokens[i - 1].IsCapitalised && lexicon.TitleWords.Contains(tokens[i - 1].Lower) && actorAt[i - 1] is null)
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
    private int ExtendRight(IReadOnlyList<Token> tokens, int end, int limit, ActorMention?[] actorAt)
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

    private int ComplementEnd(IReadOnlyList<Token> tokens, int t, int limit, ActorMention?[] actorAt)
    {
        var start = t;
        var end = t;
        while (t < limit)
        {
            var token = tokens[t];
            if (t > start && tokens[t - 1].Lower is "to" or "of" && LeftTitleWords(tokens, t, limit) is var titleHead && titleHead < limit && lexicon.Heads.MatchAt(tokens, titleHead, limit) is not null && actorAt[t] is null)
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
            if (token.IsWord && token.IsCapitalised && (lexicon.TitleWords.Contains(token.Lower) || token.IsAllCaps))
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

    private bool ContinuesComplement(IReadOnlyList<Token> tokens, int t, int limit, ActorMention?[] actorAt) =>
        t < limit && (actorAt[t] is not null || (tokens[t].IsCapitalised && lexicon.TitleWords.Contains(tokens[t].Lower)));

    /// <summary>
    /// Whom a title's own words say its holder speaks for: an adjective or possessive before it ("Russian",
    /// "Brazil's"), or within it ("Malaysian ASEAN Senior Official", "in Singapore's Ministry"), or "of X"
    /// ("Ambassador of the Russian Federation to ASEAN": RU, not ASEAN), or a known office ("Ministry of External Affairs").
    /// </summary>
    private (ActorId? Actor, int Strength) Affiliation(IReadOnlyList<Token> tokens, int start, int end, ActorMention?[] actorAt)
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
    private static string? PrepositionBefore(IReadOnlyList<Token> tokens, int t, int start)
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
    private static string TitleText(IReadOnlyList<Token> tokens, int start, int end, ActorMention?[] actorAt)
    {
        while (start < end && (tokens[start].Is("the") || (actorAt[start] is { } actor && actor.FirstToken == start && actor.Form == ActorForm.Adjective && actor.Actor.Value != "ASEAN")))
        {
            start = actorAt[start]?.EndToken ?? start + 1;
        }
        return NameText(tokens, start, end);
    }

    private (int Start, ActorId? Nationality) SkipHonorifics(IReadOnlyList<Token> tokens, int t, int end)
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
    private int NameEnd(IReadOnlyList<Token> tokens, int t, int limit, ActorMention?[] actorAt)
    {
        var start = t;
        var end = t;
        var words = 0;
        while (t < limit && words < 6)
        {
            var token = tokens[t];
            // "S. Jaishankar", "Daniel J. Kritenbrink": an initial is a capital letter and a full stop.
            if (token.IsWord && token.Text.Length == 1 && char.IsUpper(token.Text[0]) && t + 1 < limit && tokens[t + 1].IsSymbol('.') && !tokens[t + 1].SpaceBefore
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
                if (t + 1 < limit && tokens[t].IsSymbol('.') && !tokens[t].SpaceBefore && lexicon.Abbreviations.Contains(token.Lower) && IsNameWord(tokens[t + 1], actorAt[t + 1]))
                {
                    end = ++t;
                }
                continue;
            }
            if (token.IsWord && token.Text.Length == 1 && char.IsUpper(token.Text[0]) && t + 1 < limit && tokens[t + 1].IsSymbol('.') && !tokens[t + 1].SpaceBefore)
            {
                end = t += 2;
                continue;
            }
            if (t > start && token.IsWord && lexicon.Particles.Contains(token.Lower) && !token.IsCapitalised && t + 1 < limit && IsNameWord(tokens[t + 1], actorAt[t + 1]))
            {
                t++;
                continue;
            }
            if (t > start && token.IsWord && lexicon.Suffixes.Contains(token.Lower))
            {
                end = ++t;
                if (t < limit && tokens[t].IsSymbol('.') && !tokens[t].SpaceBefore)
                {
                    end = ++t;
                }
                break;
            }
            // "Perfecto R. Yasay, Jr."
            if (t > start && token.IsSymbol(',') && t + 1 < limit && tokens[t + 1].IsWord && lexicon.Suffixes.Contains(tokens[t + 1].Lower))
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
        && !lexicon.TitleWords.Contains(token.LowerText) && !lexicon.Stopwords.Contains(token.LowerText);

    /// <summary>
    /// A single capitalised word that may be a later mention of someone named before ("Biden's appearance",
    /// "Hayashi also co-chaired"): kept as tentative, and dropped unless it matches a person of the document.
    /// </summary>
    private static bool IsSurname(IReadOnlyList<Token> tokens, int start, int end, Sentence sentence) =>
        end - start == 1 && tokens[start].Text.Length > 2 && !(end < sentence.EndToken && tokens[end].IsCapitalised && tokens[end].SpaceBefore);

    /// <summary>An untitled run of capitalised words is a person when it has two words or more and is not followed by the noun of a place or body.</summary>
    /// <summary>
    /// One common word cut from the name of a body by the title before it: "Chairman of the State Administration
    /// Council", "director of the National Confederation of Agriculture" name no "Administration" or "Confederation".
    /// </summary>
    private bool GoesOnIntoABody(IReadOnlyList<Token> tokens, int start, int end, int limit)
    {
        if (end - start != 1 || !lexicon.EnglishWords.Contains(tokens[start].LowerText) || end >= limit)
        {
            return false;
        }
        var next = tokens[end];
        return (next.IsCapitalised && next.IsWord && (lexicon.TitleWords.Contains(next.Lower) || lexicon.Stopwords.Contains(next.Text)))
            || (next.Is("of") && end + 1 < limit && tokens[end + 1].IsCapitalised);
    }

    /// <summary>
    /// The side a person leads: "The Russian side was led by", "a Japanese delegation headed by", "the UN team, led by".
    /// </summary>
    private static ActorId? LeaderOfSide(IReadOnlyList<Token> tokens, int start, int sentenceStart, ActorMention?[] actorAt)
    {
        var t = start - 1;
        if (t < sentenceStart + 2 || !tokens[t].Is("by"))
        {
            return null;
        }
        // "... and the Chinese side by Vice Foreign Minister Sun Weidong": the verb left out after the first side.
        if (tokens[t - 1].Lower is "side" or "delegation" or "team")
        {
            return actorAt[t - 2] is { } elided ? elided.Actor : null;
        }
        if (tokens[t - 1].Lower is not ("led" or "headed"))
        {
            return null;
        }
        t -= 2;
        while (t > sentenceStart && (tokens[t].Lower is "was" or "were" or "is" or "are" or "been" or "had" or "has" || tokens[t].IsSymbol(',')))
        {
            t--;
        }
        if (tokens[t].Lower is not ("side" or "delegation" or "delegations" or "team"))
        {
            return null;
        }
        return t - 1 >= sentenceStart && actorAt[t - 1] is { } actor ? actor.Actor : null;
    }

    /// <summary>"Senator Tim Ayres, Assistant Minister for Trade, represented Australia": whom the person said to represent serves.</summary>
    private static ActorId? Represents(IReadOnlyList<Token> tokens, int end, int limit, ActorMention?[] actorAt)
    {
        var t = end;
        while (t < limit && (tokens[t].IsSymbol(',') || tokens[t].Lower is "who" or "has" or "had"))
        {
            t++;
        }
        if (t + 1 >= limit || tokens[t].Lower is not ("represented" or "representing" or "represents"))
        {
            return null;
        }
        t++;
        if (tokens[t].Is("the") && t + 1 < limit)
        {
            t++;
        }
        return actorAt[t]?.Actor;
    }

    /// <summary>
    /// "The UN delegation was led by Miroslav Jenca ... and included Kyung-Wha Kang, ...; Haoliang Xu, ...": those a side's
    /// delegation is said to include, after its leader in the same sentence, are of that side.
    /// </summary>
    private static ActorId? MemberOfSide(IReadOnlyList<Token> tokens, int start, int sentenceStart, List<PersonMention> before)
    {
        for (var t = start - 1; t >= sentenceStart; t--)
        {
            if (tokens[t].Lower is "included" or "including" or "comprised" or "comprising")
            {
                return before.LastOrDefault(m => m.End <= t && m.Title is { AffiliationStrength: 3 })?.Title?.Affiliation;
            }
        }
        return null;
    }

    /// <summary>
    /// Capitalised words that read as an English phrase, not a name: all of them common words ("Shared Values",
    /// "Launch Vehicles"), or a first word that is a verb's form ("Accompanying Minh", "Exploring Synergies").
    /// </summary>
    private bool IsPhrase(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = Enumerable.Range(start, end - start).Select(t => tokens[t]).Where(t => t.IsWord && t.Text.Length > 1).ToList();
        if (words.Count < 2)
        {
            // A lone word is a later mention by surname ("Moon", "Lee"), told by the names met before it.
            return false;
        }
        var first = words[0].LowerText;
        // "the Plan of Action to Prevent Violent Extremism": after "to", a common word begins a verb phrase, not a name.
        var infinitive = start > 0 && tokens[start - 1].Is("to") && lexicon.EnglishWords.Contains(first);
        return infinitive || words.All(w => lexicon.EnglishWords.Contains(w.LowerText))
            || (lexicon.EnglishWords.Contains(first) && (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal)));
    }

    private bool LooksLikeAName(IReadOnlyList<Token> tokens, int start, int end, Sentence sentence)
    {
        var words = Enumerable.Range(start, end - start).Count(t => tokens[t].IsWord && tokens[t].Text.Length > 1);
        if (words < 2)
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
            && lexicon.EnglishWords.Contains(before.LowerText);
        return !before.Is("the") && !(before.IsWord && before.IsCapitalised && !opensSentence) && !(before.IsSymbol('-') && !before.SpaceBefore);
    }

    private static bool Adjacent(IReadOnlyList<Token> tokens, int from, int to, bool allowComma)
    {
        if (from == to)
        {
            return true;
        }
        return allowComma && to == from + 1 && tokens[from].IsSymbol(',');
    }

    /// <summary>"Name, Title", "Name, the Title", "Name, Malaysia's Title", "Name, the UK's Title".</summary>
    private static bool Apposed(IReadOnlyList<Token> tokens, int nameEnd, int titleStart, ActorMention?[] actorAt)
    {
        if (nameEnd >= tokens.Count || !tokens[nameEnd].IsSymbol(','))
        {
            return false;
        }
        var t = nameEnd + 1;
        if (t < titleStart && tokens[t].Is("the"))
        {
            t++;
        }
        if (t < titleStart && actorAt[t] is { } actor && actor.FirstToken == t)
        {
            t = actor.EndToken;
            while (t < titleStart && (tokens[t].IsSymbol('\'') || tokens[t].Is("s")))
            {
                t++;
            }
        }
        return t == titleStart;
    }

    /// <summary>A name or title as written, without the comma that may close it.</summary>
    private static string NameText(IReadOnlyList<Token> tokens, int start, int end) => TokenText.Join(tokens, start, end).TrimEnd(',', ' ');

    /// <summary>Ties mentions to people: the same full name, a name contained in another, or one word of a name mentioned before.</summary>
    private static List<MentionedPerson> Link(List<PersonMention> mentions, IReadOnlyList<Token> tokens, Func<int, bool> placeAt)
    {
        var people = new List<MentionedPerson>();
        foreach (var mention in mentions)
        {
            var keys = NameKeys(tokens, mention);
            var person = people.LastOrDefault(p => keys.SetEquals(p.NameKeys))
                ?? (keys.Count >= 2 ? people.LastOrDefault(p => keys.IsSubsetOf(p.NameKeys) || p.NameKeys.IsSubsetOf(keys)) : null)
                ?? (keys.Count == 1 ? people.LastOrDefault(p => p.NameKeys.Overlaps(keys)) : null);
            if (person is null)
            {
                // An untitled name that is a place ("Bandar Seri Begawan") is the place, unless it names someone met before ("Motegi");
                // so is one word that is a place, whatever title comes before it.
                var isPlace = Enumerable.Range(mention.NameFirst, mention.NameEnd - mention.NameFirst).All(placeAt);
                if ((keys.Count == 1 && (mention.Title is null || isPlace)) || mention.Tentative || (mention.Title is null && isPlace))
                {
                    continue;
                }
                person = new MentionedPerson(people.Count, mention.Name);
                people.Add(person);
            }
            if (keys.Count > person.NameKeys.Count)
            {
                person.Name = mention.Name;
            }
            person.NameKeys.UnionWith(keys);
            mention.Person = person.Id;
            person.Mentions.Add(mention);
            if (mention.Title is { } title)
            {
                person.Title ??= title;
                if (title.Affiliation is { } affiliation && title.AffiliationStrength > person.AffiliationStrength)
                {
                    person.Affiliation = affiliation;
                    person.AffiliationStrength = title.AffiliationStrength;
                }
            }
        }
        return people;
    }

    private static HashSet<string> NameKeys(IReadOnlyList<Token> tokens, PersonMention mention)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var t = mention.NameFirst; t < mention.NameEnd; t++)
        {
            if (tokens[t].IsWord && tokens[t].Text.Length > 1 && char.IsUpper(tokens[t].Text[0]))
            {
                keys.Add(tokens[t].Lower);
            }
        }
        return keys;
    }
}
