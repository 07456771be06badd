using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.People;

/// <summary>
/// Finds people and their titles in the orders press releases use: "Prime Minister Narendra Modi",
/// "Michael Tene, Deputy Secretary-General of ASEAN", "the UK Minister for the Indo-Pacific, Anne-Marie Trevelyan",
/// "Russian Deputy Foreign Minister Andrey Rudenko", and later mentions by surname or by title and surname
/// ("Ambassador Zagaynov", "Dr. Kao", "Huong"). Every mention is tied to one <see cref="Person"/>. Split by concern:
/// titles (.Titles), names (.Names) and the sides people speak for (.Sides).
/// </summary>
internal sealed partial class PersonRecognizer(PeopleLexicon lexicon)
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
            mentions.AddRange(InSentence(tokens, sentence, actorAt, titles, placeAt));
        }
        var people = Link(mentions, tokens, placeAt);
        return (mentions, people, titles);
    }

    private List<PersonMention> InSentence(Token[] tokens, Sentence sentence, ActorMention?[] actorAt, List<TitleSpan> allTitles, Func<int, bool> placeAt)
    {
        var titles = FindTitles(tokens, sentence, actorAt);
        allTitles.AddRange(titles);
        var mentions = new List<PersonMention>();
        // Which tokens of the sentence a title or a name took, by their place in the sentence.
        // On the stack for a sentence of ordinary length: this runs for every sentence of every document.
        Span<bool> used = sentence.TokenCount <= 256 ? stackalloc bool[sentence.TokenCount] : new bool[sentence.TokenCount];
        var first = sentence.FirstToken;
        List<TitleSpan>? asTitles = null;
        foreach (var title in titles)
        {
            used.Slice(title.FirstToken - first, title.EndToken - title.FirstToken).Fill(true);
            if (title.FirstToken > first && tokens[title.FirstToken - 1].Is("as"))
            {
                (asTitles ??= []).Add(title);
            }
        }
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (used[t - first])
            {
                continue;
            }
            var (nameStart, honorificNationality) = SkipHonorifics(tokens, t, sentence.EndToken);
            var nameEnd = NameEnd(tokens, nameStart, sentence.EndToken, actorAt);
            if (nameEnd <= nameStart || used.Slice(nameStart - first, nameEnd - nameStart).Contains(true))
            {
                continue;
            }
            var before = TitleBefore(tokens, titles, t);
            // "Ambassador Nguyen Hai Bang, Permanent Representative of Viet Nam to ASEAN": a bare title before the name gives way to
            // the apposition that says whom the person serves.
            var bare = before is { Affiliation: null } && before.EndToken - before.FirstToken == 1;
            var after = before is null || bare ? TitleApposed(tokens, titles, nameEnd, actorAt) : null;
            var title = bare && after is not null && (after.Affiliation is not null || after.EndToken - after.FirstToken > 1) ? after : before ?? after;
            if (title is null && asTitles is not null && FirstAfter(asTitles, nameEnd) is { } asTitle && !AllPlace(placeAt, nameStart, nameEnd))
            {
                // "Patrick Hermann today presented his Letter of Credence as Ambassador of the Kingdom of Belgium to ASEAN"
                title = asTitle;
                asTitles.Remove(asTitle);
            }
            if ((title is null && IsPhrase(tokens, nameStart, nameEnd)) || GoesOnIntoABody(tokens, nameStart, nameEnd, sentence.EndToken)
                || (nameEnd < sentence.EndToken && tokens[nameEnd] is { IsWord: true, IsCapitalised: false } next && lexicon.PlaceNouns.Contains(next)))
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
            // The side the sentence says outright: the one they lead, represent or were included in.
            if (title is not null && title.AffiliationStrength < 3
                && (LeaderOfSide(tokens, Math.Min(title.FirstToken, nameStart), sentence.FirstToken, actorAt)
                    ?? Represents(tokens, Math.Max(nameEnd, title.EndToken), sentence.EndToken, actorAt)
                    ?? MemberOfSide(tokens, Math.Min(title.FirstToken, nameStart), sentence.FirstToken, mentions)) is { } side)
            {
                title = title with { Affiliation = side, AffiliationStrength = 3 };
            }
            if (title is { Affiliation: null } && mentions.Count > 0 && mentions[^1] is { Title: { Affiliation: { } shared, AffiliationStrength: >= 2 } } previous
                && previous.End + 1 == title.FirstToken && tokens[previous.End].Is("and"))
            {
                // "Japanese Foreign Minister Motegi Toshimitsu and Defence Minister Kishi Nobuo": the adjective goes for both.
                title = title with { Affiliation = shared, AffiliationStrength = 2 };
            }
            mentions.Add(new PersonMention(nameStart, nameEnd, NameText(tokens, nameStart, nameEnd))
            {
                Title = title,
                HonorificNationality = honorificNationality,
                Tentative = tentative,
            });
            used.Slice(t - first, nameEnd - t).Fill(true);
            t = nameEnd - 1;
        }
        return mentions;
    }

    /// <summary>The last title that ends right before token <paramref name="t"/>, a comma between them at most.</summary>
    private static TitleSpan? TitleBefore(Token[] tokens, List<TitleSpan> titles, int t)
    {
        for (var i = titles.Count - 1; i >= 0; i--)
        {
            if (titles[i].EndToken <= t && Adjacent(tokens, titles[i].EndToken, t, allowComma: true))
            {
                return titles[i];
            }
        }
        return null;
    }

    /// <summary>The first title after a name that stands in apposition to it.</summary>
    private static TitleSpan? TitleApposed(Token[] tokens, List<TitleSpan> titles, int nameEnd, ActorMention?[] actorAt)
    {
        foreach (var title in titles)
        {
            if (title.FirstToken >= nameEnd && Apposed(tokens, nameEnd, title.FirstToken, actorAt))
            {
                return title;
            }
        }
        return null;
    }

    private static TitleSpan? FirstAfter(List<TitleSpan> titles, int token)
    {
        foreach (var title in titles)
        {
            if (title.FirstToken > token)
            {
                return title;
            }
        }
        return null;
    }

    private static bool AllPlace(Func<int, bool> placeAt, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!placeAt(t))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Adjacent(Token[] tokens, int from, int to, bool allowComma)
    {
        if (from == to)
        {
            return true;
        }
        return allowComma && to == from + 1 && tokens[from].IsSymbol(',');
    }

    /// <summary>"Name, Title", "Name, the Title", "Name, Malaysia's Title", "Name, the UK's Title".</summary>
    private static bool Apposed(Token[] tokens, int nameEnd, int titleStart, ActorMention?[] actorAt)
    {
        if (nameEnd >= tokens.Length || !tokens[nameEnd].IsSymbol(','))
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

    /// <summary>Ties mentions to people: the same full name, a name contained in another, or one word of a name mentioned before.</summary>
    private static List<MentionedPerson> Link(List<PersonMention> mentions, Token[] tokens, Func<int, bool> placeAt)
    {
        var people = new List<MentionedPerson>();
        foreach (var mention in mentions)
        {
            var keys = NameKeys(tokens, mention);
            var person = LastNamed(people, keys);
            if (person is null)
            {
                // An untitled name that is a place ("Bandar Seri Begawan") is the place, unless it names someone met before ("Motegi");
                // so is one word that is a place, whatever title comes before it.
                var isPlace = AllPlace(placeAt, mention.NameFirst, mention.NameEnd);
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
            foreach (var key in keys)
            {
                if (!person.NameKeys.Contains(key))
                {
                    person.NameKeys.Add(key);
                }
            }
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

    /// <summary>
    /// The person met last by the same name: the same words, else (for two words or more) words that hold or are held by
    /// theirs, else (for one word) a word of theirs. Loops, not queries: asked for every mention.
    /// </summary>
    private static MentionedPerson? LastNamed(List<MentionedPerson> people, List<string> keys)
    {
        for (var i = people.Count - 1; i >= 0; i--)
        {
            if (keys.Count == people[i].NameKeys.Count && HoldsAll(people[i].NameKeys, keys))
            {
                return people[i];
            }
        }
        for (var i = people.Count - 1; i >= 0 && keys.Count != 0; i--)
        {
            var known = people[i].NameKeys;
            if (keys.Count >= 2 ? HoldsAll(known, keys) || HoldsAll(keys, known) : keys.Count == 1 && known.Contains(keys[0]))
            {
                return people[i];
            }
        }
        return null;
    }

    /// <summary>Whether a list of distinct words holds every one of others: one holds the other as a set does.</summary>
    private static bool HoldsAll(List<string> words, List<string> others)
    {
        foreach (var other in others)
        {
            if (!words.Contains(other))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The name's words that tell one person from another, folded, each once, in the order the name gives them.</summary>
    private static List<string> NameKeys(Token[] tokens, PersonMention mention)
    {
        var keys = new List<string>(mention.NameEnd - mention.NameFirst);
        for (var t = mention.NameFirst; t < mention.NameEnd; t++)
        {
            if (tokens[t].IsWord && tokens[t].Length > 1 && tokens[t].IsCapitalised && !keys.Contains(tokens[t].Lower))
            {
                keys.Add(tokens[t].Lower);
            }
        }
        return keys;
    }
}
