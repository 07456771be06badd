using System.Text;
using Chancery.Domain;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Events;

/// <summary>The recogniser's named meetings: a meeting called by its name, its acronym or its number, and the words around a name.</summary>
internal sealed partial class EventRecognizer
{
    private static readonly WordSet NameConnectors = new(["of", "and", "for", "on", "in", "with"]);

    /// <summary>A meeting called by its name, found from its head noun and widened both ways.</summary>
    private EventMention? Named(Token[] tokens, Sentence sentence, int t, ActorMention?[] actorAt)
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
        var ordinal = OrdinalOverCadence(tokens, sentence.FirstToken, nameStart) ?? OrdinalOfPhrase(tokens, sentence.FirstToken, nameStart);
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
    private (EngagementKind Kind, int First)? LevelMeetingOf(Token[] tokens, int sentenceStart, int nameStart)
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
    private EventMention? NumberedAcronym(Token[] tokens, Sentence sentence, int t, ActorMention?[] actorAt)
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
        // The number first: most acronyms have none, and are turned away before their text is made and read.
        var ordinal = OrdinalBefore(tokens, sentence.FirstToken, t);
        var numberAfter = ordinal is null && end + 1 < sentence.EndToken && tokens[end].IsSymbol('-') && !tokens[end].SpaceBefore && tokens[end + 1].Kind == TokenKind.Number && !tokens[end + 1].SpaceBefore;
        if (ordinal is null && !numberAfter)
        {
            return null;
        }
        var acronym = TokenText.Join(tokens, t, end);
        // "the 6th EAS Conference on Maritime Security": an acronym that goes on into a name is part of that name.
        if ((end < sentence.EndToken && tokens[end].IsWord && tokens[end].IsCapitalised) || lexicon.KindOfAcronym(acronym) is not { } kind)
        {
            return null;
        }
        if (numberAfter)
        {
            ordinal = int.Parse(tokens[end + 1].Text, System.Globalization.CultureInfo.InvariantCulture);
            end += 2;
        }
        return new EventMention(sentence.Index, FirstWithOrdinal(tokens, sentence.FirstToken, t), end, EventSource.Named)
        {
            Kind = kind,
            Acronym = acronym,
            Ordinal = ordinal,
            Head = tokens[t].Lower,
        };
    }

    private EventMention Describe(Token[] tokens, Sentence sentence, int nameStart, int end, int headStart, int headEnd, MeetingWord head, string? acronym, int? ordinal, ActorMention?[] actorAt)
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
    private Lexicons.PhraseMatch<MeetingWord> LastHead(Token[] tokens, Sentence sentence, Lexicons.PhraseMatch<MeetingWord> head)
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
    private static bool Modifies(Token[] tokens, int after, int limit) =>
        after < limit && tokens[after].Lower is "partnership" or "partnerships" or "partner" or "partners" or "relations" or "mechanism"
            or "mechanisms" or "process" or "framework" or "platform" or "declaration" or "statement" or "calendar" or "format" or "level" or "fund" or "secretariat" or "member";

    /// <summary>
    /// A committee, commission or council names a meeting only when it is a joint or cooperation body or its
    /// sitting is numbered: "the ASEAN-China Joint Cooperation Committee", not "the European Commission".
    /// </summary>
    private bool IsMeetingBody(Token[] tokens, int nameStart, Lexicons.PhraseMatch<MeetingWord> head, Sentence sentence)
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
    private EventMention? OfNamed(Token[] tokens, Sentence sentence, int t, ActorMention?[] actorAt)
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
            if (!tokens[h].IsCapitalised && !tokens[h].IsSymbol('-') && !tokens[h].IsSymbol('\'') && !NameConnectors.Contains(tokens[h]))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>Where a meeting's name begins, walking left from its head over capitalised words, actors, joined marks and inner acronyms.</summary>
    private int NameStart(Token[] tokens, int sentenceStart, int head, ActorMention?[] actorAt)
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
            if (token.Kind == TokenKind.Number && !IsOrdinalNumber(token) && i + 1 < tokens.Length && (tokens[i + 1].IsSymbol('+') || tokens[i - 1 >= 0 ? i - 1 : i].IsSymbol('+')))
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
            if (token.IsWord && NameConnectors.Contains(token) && i + 1 == start && i > sentenceStart && tokens[i - 1].IsCapitalised && tokens[i + 1].IsCapitalised)
            {
                start = i;
                continue;
            }
            break;
        }
        // A name does not begin with a mark or a connector.
        while (start < head && (tokens[start].Kind == TokenKind.Symbol || NameConnectors.Contains(tokens[start])))
        {
            start++;
        }
        return start;
    }

    /// <summary>"on Economic, Trade, Scientific and Technical Cooperation", "for International Cooperation", "with the UK".</summary>
    private static int Complement(Token[] tokens, int end, int limit, ActorMention?[] actorAt)
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
    private static string? InnerAcronym(Token[] tokens, int start, int head, ActorMention?[] actorAt, bool parentheticalOnly)
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
    private static (string Text, int End)? Parenthetical(Token[] tokens, int t, int limit)
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
}
