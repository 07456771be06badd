using System.Text;
using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Events;

/// <summary>
/// Finds the words that report engagements in body sentences: meetings called by name ("the 19th
/// ASEAN-Russia Senior Officials' Meeting (ARSOM)", "the seventh meeting of the ASEAN-Pakistan Joint
/// Sectoral Cooperation Committee"), common nouns that refer back to one ("the session", "The Forum"),
/// and the verbs of calls, talks, visits and signings.
/// </summary>
internal sealed class EventRecognizer(MeetingLexicon lexicon)
{
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "meeting", "meetings", "summit", "session", "dialogue", "forum", "consultation", "consultations", "talks",
        "gathering", "conference", "committee", "commission", "seminar", "retreat", "council", "sitting", "round",
    };

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

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "and", "for", "on", "in", "with" };

    public List<EventMention> Find(Document document, ActorMention?[] actorAt)
    {
        var found = new List<EventMention>();
        foreach (var sentence in document.Sentences)
        {
            if (sentence.IsBody)
            {
                found.AddRange(InSentence(document.Tokens, sentence, actorAt));
            }
        }
        return found;
    }

    private List<EventMention> InSentence(IReadOnlyList<Token> tokens, Sentence sentence, ActorMention?[] actorAt)
    {
        var mentions = new List<EventMention>();
        var taken = new bool[sentence.TokenCount];
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (taken[t - sentence.FirstToken])
            {
                continue;
            }
            var mention = Named(tokens, sentence, t, actorAt) ?? NumberedAcronym(tokens, sentence, t, actorAt) ?? Generic(tokens, sentence, t)
                ?? ElidedSitting(tokens, sentence, t, mentions) ?? Verb(tokens, sentence, t);
            if (mention is null)
            {
                continue;
            }
            // "It was the first JCBC the two men have chaired together": what the meeting was, not another one.
            if (mention.Ordinal is not null && mention.FirstToken >= sentence.FirstToken + 2 && tokens[mention.FirstToken - 1].Is("the")
                && tokens[mention.FirstToken - 2].Lower is "was" or "is" or "be" or "been")
            {
                t = mention.EndToken - 1;
                continue;
            }
            for (var i = mention.FirstToken; i < mention.EndToken; i++)
            {
                taken[i - sentence.FirstToken] = true;
            }
            mentions.Add(mention);
            t = mention.EndToken - 1;
        }
        return mentions;
    }

    /// <summary>
    /// A sitting whose noun is left out after another's: "the 24th meeting for the Suzhou Industrial Park, the 15th for
    /// the Tianjin Eco-City and the seventh for the Chongqing initiative" names three meetings.
    /// </summary>
    private EventMention? ElidedSitting(IReadOnlyList<Token> tokens, Sentence sentence, int t, List<EventMention> before)
    {
        if (t == sentence.FirstToken || !tokens[t - 1].Is("the") || t + 1 >= sentence.EndToken || tokens[t + 1].Lower is not ("for" or "of" or "in" or "with")
            || before.LastOrDefault(m => m.Ordinal is not null && m.Source == EventSource.Generic) is not { } previous)
        {
            return null;
        }
        var ordinal = OrdinalBefore(tokens, sentence.FirstToken, t + 1);
        return ordinal is null || ordinal == previous.Ordinal ? null : GenericAt(tokens, sentence.Index, t, t + 1) with { Ordinal = ordinal, Head = previous.Head };
    }

    /// <summary>A meeting called by its name, found from its head noun and widened both ways.</summary>
    private EventMention? Named(IReadOnlyList<Token> tokens, Sentence sentence, int t, ActorMention?[] actorAt)
    {
        if (lexicon.Heads.MatchAt(tokens, t, sentence.EndToken) is not { } head)
        {
            return null;
        }
        var nameStart = NameStart(tokens, sentence.FirstToken, t, actorAt);
        head = LastHead(tokens, sentence, head);
        if (Modifies(tokens, head.EndToken, sentence.EndToken) || !IsMeetingBody(tokens, nameStart, head, sentence))
        {
            return null;
        }
        var end = head.EndToken;
        string? acronym = null;
        // "Meeting-Plus", "PMC+1"
        while (end < sentence.EndToken && !tokens[end].SpaceBefore && (tokens[end].IsSymbol('-') || tokens[end].IsSymbol('+')) && end + 1 < sentence.EndToken && !tokens[end + 1].SpaceBefore)
        {
            end += 2;
        }
        if (Parenthetical(tokens, end, sentence.EndToken) is { } inner)
        {
            acronym = inner.Text;
            end = inner.End;
        }
        if (nameStart == t && head.Value.Type is null && !tokens[t].IsAllCaps)
        {
            // "The Forum", "the Meeting": a common noun written with a capital refers back, unless "of X" names it.
            if (OfNamed(tokens, sentence, end, actorAt) is not { } ofNamed)
            {
                return tokens[t].IsCapitalised && t > sentence.FirstToken && tokens[t - 1].Is("the") ? GenericAt(tokens, sentence.Index, t, end) : null;
            }
            return ofNamed with { FirstToken = t, Ordinal = OrdinalBefore(tokens, sentence.FirstToken, t) ?? ofNamed.Ordinal };
        }
        if (nameStart == t && head.Value.Type is not null && (t == sentence.FirstToken || tokens[t - 1].Is("the")) && acronym is null && OrdinalBefore(tokens, sentence.FirstToken, t) is null)
        {
            // "The Summit", "the Forum": the one spoken of already.
            return GenericAt(tokens, sentence.Index, t, end);
        }
        // "the 19th ASEAN-Russia Senior Officials' Meeting (ARSOM) in Siem Reap, Cambodia": after the acronym, "in" tells where, not the name.
        end = acronym is not null && end < sentence.EndToken && tokens[end].Is("in") ? end : Complement(tokens, end, sentence.EndToken, actorAt);
        if (acronym is null && Parenthetical(tokens, end, sentence.EndToken) is { } after)
        {
            acronym = after.Text;
            end = after.End;
        }
        var ordinal = OrdinalBefore(tokens, sentence.FirstToken, nameStart) ?? OrdinalOfPhrase(tokens, sentence.FirstToken, nameStart);
        acronym ??= InnerAcronym(tokens, nameStart, head.FirstToken, actorAt, parentheticalOnly: head.Value.Type is not null);
        var described = Describe(tokens, sentence, nameStart, end, head.FirstToken, head.EndToken, head.Value, acronym, ordinal, actorAt);
        return described is not null && LevelMeetingOf(tokens, sentence.FirstToken, nameStart) is { } level && level.Kind != described.Kind
            ? described with { Kind = level.Kind, FirstToken = level.First, AtLevel = true }
            : described;
    }

    /// <summary>
    /// "the ministerial meeting of the East Asia Summit member states", "a senior officials' meeting of the ARF": a meeting
    /// of a body at a level of its own, which sets the kind.
    /// </summary>
    private (EngagementKind Kind, int First)? LevelMeetingOf(IReadOnlyList<Token> tokens, int sentenceStart, int nameStart)
    {
        var i = nameStart - 1;
        if (i >= sentenceStart && tokens[i].Is("the"))
        {
            i--;
        }
        if (i - 1 < sentenceStart || !tokens[i].Is("of") || tokens[i - 1].Lower is not ("meeting" or "meetings"))
        {
            return null;
        }
        for (var first = i - 2; first >= Math.Max(sentenceStart, i - 5); first--)
        {
            if (lexicon.LevelOf(tokens, first, i - 1) is { } kind)
            {
                return (kind, first);
            }
        }
        return null;
    }

    /// <summary>
    /// A sitting called by its acronym and number: "the 18th ARSOM", "AMM-56", "the 30th ARF SOM". The acronym must
    /// tell a kind of meeting by its last part (acronym-kinds.tsv) and be no actor's; without a number, a bare
    /// acronym names the body more often than a sitting of it, and is left alone.
    /// </summary>
    private EventMention? NumberedAcronym(IReadOnlyList<Token> tokens, Sentence sentence, int t, ActorMention?[] actorAt)
    {
        if (!tokens[t].IsAllCaps || actorAt[t] is not null)
        {
            return null;
        }
        var end = t + 1;
        // "ARF SOM", "AEM-METI": acronyms joined by a space or a hyphen are one.
        while (end + 1 < sentence.EndToken && (tokens[end].IsAllCaps || (tokens[end].IsSymbol('-') && !tokens[end].SpaceBefore && tokens[end + 1].IsAllCaps)) && actorAt[end] is null)
        {
            end += tokens[end].IsAllCaps ? 1 : 2;
        }
        var acronym = TokenText.Join(tokens, t, end);
        // "the 6th EAS Conference on Maritime Security": an acronym that goes on into a name is part of that name.
        if ((end < sentence.EndToken && tokens[end].IsWord && tokens[end].IsCapitalised) || lexicon.KindOfAcronym(acronym) is not { } kind)
        {
            return null;
        }
        var ordinal = OrdinalBefore(tokens, sentence.FirstToken, t);
        if (ordinal is null && end + 1 < sentence.EndToken && tokens[end].IsSymbol('-') && !tokens[end].SpaceBefore && tokens[end + 1].Kind == TokenKind.Number && !tokens[end + 1].SpaceBefore)
        {
            ordinal = int.Parse(tokens[end + 1].Text, System.Globalization.CultureInfo.InvariantCulture);
            end += 2;
        }
        return ordinal is null ? null : new EventMention(sentence.Index, FirstWithOrdinal(tokens, sentence.FirstToken, t), end, EventSource.Named)
        {
            Kind = kind,
            Acronym = acronym,
            Ordinal = ordinal,
            Head = tokens[t].Lower,
        };
    }

    private EventMention Describe(IReadOnlyList<Token> tokens, Sentence sentence, int nameStart, int end, int headStart, int headEnd, MeetingWord head, string? acronym, int? ordinal, ActorMention?[] actorAt)
    {
        var kind = head.Kind;
        var type = head.Type;
        var special = false;
        foreach (var qualifier in lexicon.Qualifiers.FindAll(tokens, nameStart, headEnd))
        {
            if (qualifier.Value.Role == "special")
            {
                special = true;
                continue;
            }
            kind = qualifier.Value.Kind ?? kind;
            type = qualifier.Value.Type ?? type;
        }
        if (acronym is not null && kind is null && lexicon.KindOfAcronym(acronym) is { } byAcronym)
        {
            kind = byAcronym;
        }
        var parties = new List<ActorId>();
        for (var i = nameStart; i < end; i++)
        {
            if (actorAt[i] is { } actor && actor.FirstToken == i && actor.Form != ActorForm.Demonym && !parties.Contains(actor.Actor))
            {
                parties.Add(actor.Actor);
            }
        }
        return new EventMention(sentence.Index, FirstWithOrdinal(tokens, sentence.FirstToken, nameStart), end, EventSource.Named)
        {
            Kind = kind,
            Name = TokenText.Join(tokens, nameStart, headEnd),
            Acronym = acronym,
            TypeWord = type,
            Ordinal = ordinal,
            Parties = parties,
            Special = special,
            Head = tokens[headStart].Lower,
        };
    }

    /// <summary>
    /// A name does not end at its first head when it goes on to another: "ASEAN Regional Forum Senior Officials'
    /// Meeting", "East Asia Summit (EAS) Foreign Ministers' Meeting".
    /// </summary>
    private Lexicons.PhraseMatch<MeetingWord> LastHead(IReadOnlyList<Token> tokens, Sentence sentence, Lexicons.PhraseMatch<MeetingWord> head)
    {
        var t = head.EndToken;
        if (Parenthetical(tokens, t, sentence.EndToken) is { } inner)
        {
            t = inner.End;
        }
        for (var i = t; i < Math.Min(sentence.EndToken, t + 6); i++)
        {
            if (lexicon.Heads.MatchAt(tokens, i, sentence.EndToken) is { } next && i > head.EndToken - 1)
            {
                return next with { FirstToken = next.FirstToken };
            }
            if (!(tokens[i].IsWord && tokens[i].IsCapitalised) && !tokens[i].IsSymbol('\'') && !tokens[i].IsSymbol('-'))
            {
                break;
            }
        }
        return head;
    }

    /// <summary>"ASEAN-UK Dialogue Partnership", "dialogue partners", "summit declaration": the noun names something else.</summary>
    private static bool Modifies(IReadOnlyList<Token> tokens, int after, int limit) =>
        after < limit && tokens[after].Lower is "partnership" or "partnerships" or "partner" or "partners" or "relations" or "mechanism"
            or "mechanisms" or "process" or "framework" or "platform" or "declaration" or "statement" or "calendar" or "format" or "level" or "fund" or "secretariat" or "member";

    /// <summary>
    /// A committee, commission or council names a meeting only when it is a joint or cooperation body or its
    /// sitting is numbered: "the ASEAN-China Joint Cooperation Committee", not "the European Commission".
    /// </summary>
    private bool IsMeetingBody(IReadOnlyList<Token> tokens, int nameStart, Lexicons.PhraseMatch<MeetingWord> head, Sentence sentence)
    {
        if (tokens[head.FirstToken].Lower is not ("committee" or "commission" or "council"))
        {
            return true;
        }
        for (var t = nameStart; t < head.FirstToken; t++)
        {
            if (tokens[t].Lower is "joint" or "cooperation" or "co" or "intergovernmental" or "coordination" or "partnership" or "steering" or "bilateral" or "sectoral")
            {
                return true;
            }
        }
        return OrdinalBefore(tokens, sentence.FirstToken, nameStart) is not null || OrdinalOfPhrase(tokens, sentence.FirstToken, nameStart) is not null;
    }

    /// <summary>"Meeting of the ASEAN Regional Forum (ARF)": the meeting is a sitting of the body named after "of".</summary>
    private EventMention? OfNamed(IReadOnlyList<Token> tokens, Sentence sentence, int t, ActorMention?[] actorAt)
    {
        if (t + 1 >= sentence.EndToken || !tokens[t].Is("of"))
        {
            return null;
        }
        var start = tokens[t + 1].Is("the") ? t + 2 : t + 1;
        for (var h = start; h < Math.Min(sentence.EndToken, start + 12); h++)
        {
            if (lexicon.Heads.MatchAt(tokens, h, sentence.EndToken) is { } head && NameStart(tokens, start, h, actorAt) == start && start < h)
            {
                var end = head.EndToken;
                string? acronym = null;
                if (Parenthetical(tokens, end, sentence.EndToken) is { } inner)
                {
                    acronym = inner.Text;
                    end = inner.End;
                }
                end = Complement(tokens, end, sentence.EndToken, actorAt);
                acronym ??= InnerAcronym(tokens, start, h, actorAt, parentheticalOnly: head.Value.Type is not null);
                return Describe(tokens, sentence, start, end, h, head.EndToken, head.Value, acronym, null, actorAt);
            }
            if (!tokens[h].IsCapitalised && !tokens[h].IsSymbol('-') && !tokens[h].IsSymbol('\'') && !NameConnectors.Contains(tokens[h].Lower))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>Where a meeting's name begins, walking left from its head over capitalised words, actors, joined marks and inner acronyms.</summary>
    private int NameStart(IReadOnlyList<Token> tokens, int sentenceStart, int head, ActorMention?[] actorAt)
    {
        var start = head;
        for (var i = head - 1; i >= sentenceStart; i--)
        {
            var token = tokens[i];
            if (token.IsSymbol(')') && i - 2 >= sentenceStart && tokens[i - 2].IsSymbol('('))
            {
                start = i - 2;
                i -= 2;
                continue;
            }
            // "ASEAN-U.S. Summit": an actor's name, full stops and all, is part of the meeting's.
            if ((token.IsWord && token.IsCapitalised && !IsOrdinalWord(token) && token.Lower is not ("the" or "a" or "an")) || (actorAt[i] is not null && i + 1 == start))
            {
                start = i;
                continue;
            }
            if (token.Kind == TokenKind.Number && !IsOrdinalNumber(token) && i + 1 < tokens.Count && (tokens[i + 1].IsSymbol('+') || tokens[i - 1 >= 0 ? i - 1 : i].IsSymbol('+')))
            {
                start = i;
                continue;
            }
            // "ASEAN-China", "Officials' Meeting", "ASEAN+3", "Ministers – Closer Economic Relations": marks within a name, not a dash after a dateline ("(Xinhua) -- The").
            if ((token.IsSymbol('-') || token.IsSymbol('\'') || token.IsSymbol('+')) && i + 1 == start && i > sentenceStart
                && (tokens[i - 1].IsWord || tokens[i - 1].Kind == TokenKind.Number || (tokens[i - 1].IsSymbol(')') && !tokens[i + 1].IsSymbol('-'))))
            {
                start = i;
                continue;
            }
            if (token.IsWord && NameConnectors.Contains(token.Lower) && i + 1 == start && i > sentenceStart && tokens[i - 1].IsCapitalised && tokens[i + 1].IsCapitalised)
            {
                start = i;
                continue;
            }
            break;
        }
        // A name does not begin with a mark or a connector.
        while (start < head && (tokens[start].Kind == TokenKind.Symbol || NameConnectors.Contains(tokens[start].Lower)))
        {
            start++;
        }
        return start;
    }

    /// <summary>"on Economic, Trade, Scientific and Technical Cooperation", "for International Cooperation", "with the UK".</summary>
    private static int Complement(IReadOnlyList<Token> tokens, int end, int limit, ActorMention?[] actorAt)
    {
        if (end + 1 >= limit || tokens[end].Lower is not ("on" or "for" or "with" or "in"))
        {
            return end;
        }
        var t = end + 1;
        if (tokens[t].Is("the"))
        {
            t++;
        }
        var last = end;
        while (t < limit)
        {
            if (tokens[t].IsWord && tokens[t].IsCapitalised)
            {
                last = ++t;
                continue;
            }
            if ((tokens[t].Is("and") || tokens[t].IsSymbol(',') || tokens[t].IsSymbol('-')) && t + 1 < limit && tokens[t + 1].IsCapitalised && last > end)
            {
                t++;
                continue;
            }
            break;
        }
        return last;
    }

    /// <summary>The acronym written inside a name: "East Asia Summit (EAS) Foreign Ministers' Meeting" is EAS; "AEM-METI Consultations" is AEM-METI.</summary>
    private static string? InnerAcronym(IReadOnlyList<Token> tokens, int start, int head, ActorMention?[] actorAt, bool parentheticalOnly)
    {
        for (var i = start; i < head; i++)
        {
            if (tokens[i].IsSymbol('(') && Parenthetical(tokens, i, head) is { } inner && actorAt[i + 1] is null)
            {
                return inner.Text;
            }
        }
        if (parentheticalOnly)
        {
            // "6th EAS Conference": a name with a type word of its own is a Conference, not an EAS.
            return null;
        }
        var parts = new StringBuilder();
        for (var i = start; i < head; i++)
        {
            var token = tokens[i];
            if (token.IsAllCaps && actorAt[i] is null)
            {
                if (parts.Length > 0 && token.SpaceBefore)
                {
                    parts.Append(' ');
                }
                parts.Append(token.Text);
            }
            else if (token.IsSymbol('-') && parts.Length > 0 && !token.SpaceBefore)
            {
                parts.Append('-');
            }
            else if (parts.Length > 0)
            {
                break;
            }
        }
        var acronym = parts.ToString().Trim('-', ' ');
        return acronym.Length >= 2 ? acronym : null;
    }

    /// <summary>An acronym in brackets right at <paramref name="t"/>: "(ARSOM)", "(AEM-CER)", "(PMC+1)", "(EAS SOM)".</summary>
    private static (string Text, int End)? Parenthetical(IReadOnlyList<Token> tokens, int t, int limit)
    {
        if (t >= limit || !tokens[t].IsSymbol('('))
        {
            return null;
        }
        var builder = new StringBuilder();
        for (var i = t + 1; i < Math.Min(limit, t + 8); i++)
        {
            var token = tokens[i];
            if (token.IsSymbol(')'))
            {
                var text = builder.ToString().Trim();
                return text.Length >= 2 && text.Any(char.IsUpper) && !text.Contains(' ', StringComparison.Ordinal) || text.Split(' ').All(w => w.Any(char.IsUpper)) ? (text, i + 1) : null;
            }
            if (!(token.IsWord || token.Kind == TokenKind.Number || token.IsSymbol('-') || token.IsSymbol('+')))
            {
                return null;
            }
            if (token.IsWord && !char.IsUpper(token.Text[0]))
            {
                return null;
            }
            if (builder.Length > 0 && token.SpaceBefore)
            {
                builder.Append(' ');
            }
            builder.Append(token.Text);
        }
        return null;
    }

    /// <summary>The ordinal written right before a name: "19th", "fifth", "Twenty-First", "first-ever".</summary>
    private int? OrdinalBefore(IReadOnlyList<Token> tokens, int sentenceStart, int nameStart)
    {
        var i = nameStart - 1;
        if (i < sentenceStart)
        {
            return null;
        }
        if (IsOrdinalNumber(tokens[i]))
        {
            return int.Parse(new string([.. tokens[i].Text.TakeWhile(char.IsDigit)]), System.Globalization.CultureInfo.InvariantCulture);
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
    private int? OrdinalOfPhrase(IReadOnlyList<Token> tokens, int sentenceStart, int nameStart)
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
    private int FirstWithOrdinal(IReadOnlyList<Token> tokens, int sentenceStart, int nameStart)
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

    private EventMention? Generic(IReadOnlyList<Token> tokens, Sentence sentence, int t)
    {
        var token = tokens[t];
        if (!token.IsWord || token.IsCapitalised || !GenericHeads.Contains(token.Lower))
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
        if (of > 0 && (NamedFrom(tokens, of, sentence.EndToken) || (of < sentence.EndToken && GenericHeads.Contains(tokens[of].Lower) && !tokens[of].IsCapitalised)))
        {
            return null;
        }
        // "their 53rd annual meeting": an ordinal may stand before a word of cadence or form.
        var ordinal = OrdinalBefore(tokens, sentence.FirstToken, t)
            ?? (t - 1 > sentence.FirstToken && tokens[t - 1].Lower is "annual" or "regular" or "yearly" or "plenary" or "informal" or "special" or "ministerial" or "bilateral"
                ? OrdinalBefore(tokens, sentence.FirstToken, t - 1) : null);
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

    /// <summary>
    /// Where the words that name a series begin when an ordinal stands before them: a number joined by signs ("2+2"),
    /// a hyphenated compound ("two-plus-two"), quoted or not; no more than a few tokens, no ordinary word.
    /// </summary>
    private int? SeriesWordsStart(IReadOnlyList<Token> tokens, int sentenceStart, int head)
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

    /// <summary>The words between an ordinal and its noun: "two-plus-two" in "their second "two-plus-two" meeting".</summary>
    private string Modifiers(IReadOnlyList<Token> tokens, int sentenceStart, int head)
    {
        var words = new List<string>();
        for (var i = head - 1; i >= sentenceStart && !IsOrdinalNumber(tokens[i]) && !lexicon.Ordinals.ContainsKey(tokens[i].Lower); i--)
        {
            if (tokens[i].Lower is "the" or "their" or "its" or "a")
            {
                return "";
            }
            // A word of cadence or form is no series' name: "their 53rd annual meeting".
            if ((tokens[i].IsWord && tokens[i].Lower is not ("annual" or "regular" or "yearly" or "plenary" or "informal" or "special" or "ministerial" or "bilateral"))
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
    private bool NamedFrom(IReadOnlyList<Token> tokens, int start, int limit)
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
    private static bool HeldBefore(IReadOnlyList<Token> tokens, int sentenceStart, int head)
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
    private static bool Indefinite(IReadOnlyList<Token> tokens, int sentenceStart, int head)
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
    private static bool Separate(IReadOnlyList<Token> tokens, int sentenceStart, int head) =>
        head - 1 >= sentenceStart && tokens[head - 1].Lower is "separate" or "another" or "later"
        || head - 2 >= sentenceStart && tokens[head - 2].Lower is "separate" or "another" && tokens[head - 1].Lower is "bilateral";

    /// <summary>"... took place", "... was held", "... convened": the words after a noun that say its meeting happened.</summary>
    private static bool TookPlace(IReadOnlyList<Token> tokens, int from, int sentenceEnd)
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

    private static bool Definite(IReadOnlyList<Token> tokens, int sentenceStart, int head)
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

    private static EventMention GenericAt(IReadOnlyList<Token> tokens, int sentence, int t, int end) =>
        new(sentence, t, end, EventSource.Generic) { Head = tokens[t].Lower };

    private EventMention? Verb(IReadOnlyList<Token> tokens, Sentence sentence, int t)
    {
        if (lexicon.Triggers.MatchAt(tokens, t, sentence.EndToken) is not { } trigger)
        {
            return null;
        }
        return new EventMention(sentence.Index, t, trigger.EndToken, EventSource.Verb)
        {
            Kind = trigger.Value.Kind,
            Needs = trigger.Value.Needs,
            Head = trigger.Value.Phrase,
            Apart = Separate(tokens, sentence.FirstToken, trigger.EndToken - 1),
        };
    }

    private bool IsOrdinalWord(Token token) => lexicon.Ordinals.ContainsKey(token.Lower) || lexicon.Tens.ContainsKey(token.Lower);

    private static bool IsOrdinalNumber(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length > 2 && char.IsLetter(token.Text[^1]);
}
