using System.Runtime.InteropServices;
using Chancery.Domain;
using Chancery.Extraction.Recognition.Dates;
using Chancery.Extraction.Recognition.Events;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// Walks the body sentence by sentence and turns event mentions into engagement candidates: a named meeting
/// met again is the same candidate, a common noun ("the session") refers back to the last fitting one, a verb
/// starts a new one unless it retells the last. Each candidate collects the segments of the sentences that
/// report it, and a sentence that reports nothing goes on speaking of the candidate in focus.
/// </summary>
internal sealed class CandidateBuilder(Analysis analysis, DateResolver dates)
{
    private readonly Token[] tokens = analysis.Tokens;
    private readonly List<Candidate> candidates = [];

    public List<Candidate> Build()
    {
        var bySentence = analysis.Events.ToLookup(e => e.Sentence);
        Candidate? main = null;
        Candidate? focus = null;
        Paragraph? focusParagraph = null;
        // "held their annual senior officials' dialogue by video link Tuesday. The 25th ASEAN-RoK Dialogue, which ...":
        // a common noun that refers to nothing yet may refer to the meeting named next.
        var pending = new List<(EventMention Mention, Segment Segment)>();
        foreach (var sentence in analysis.Document.Sentences.Where(s => s.IsBody))
        {
            var first = Math.Max(sentence.FirstToken, Math.Min(sentence.EndToken, analysis.Dateline.BodyStartToken));
            var events = MergeWithinSentence(Reporting(bySentence[sentence.Index], first, sentence));
            if (events.Count == 0)
            {
                var target = FocusOf(sentence, focus, focusParagraph, main);
                target?.Segments.Add(new Segment(sentence.Index, first, sentence.EndToken, Trigger: false));
                continue;
            }
            // Resolve first, so that a mention that refers to nothing ("meeting in Moscow", a verb) leaves its words to the next.
            var resolved = new List<(EventMention Mention, Candidate Candidate)>();
            foreach (var mention in events)
            {
                if (Resolve(mention, sentence, main) is { } candidate)
                {
                    resolved.Add((mention, candidate));
                    if (pending.Count > 0)
                    {
                        TakePending(pending, candidate, sentence);
                    }
                }
                else if (mention.Source == EventSource.Generic && events.Count == 1)
                {
                    pending.Add((mention, new Segment(sentence.Index, first, sentence.EndToken, Trigger: true)));
                }
            }
            for (var i = 0; i < resolved.Count; i++)
            {
                var start = i == 0 ? first : resolved[i].Mention.FirstToken;
                var end = i + 1 < resolved.Count ? resolved[i + 1].Mention.FirstToken : sentence.EndToken;
                var candidate = resolved[i].Candidate;
                if (candidate.Segments.Count > 0 && candidate.Segments[^1] is { Sentence: var last, Trigger: true } previous && last == sentence.Index)
                {
                    candidate.Segments[^1] = previous with { End = end };
                }
                else
                {
                    candidate.Segments.Add(new Segment(sentence.Index, start, end, Trigger: true));
                }
                focus = candidate;
                focusParagraph = sentence.Paragraph;
                main ??= candidate;
            }
            if (resolved.Count == 0)
            {
                var target = FocusOf(sentence, focus, focusParagraph, main);
                target?.Segments.Add(new Segment(sentence.Index, first, sentence.EndToken, Trigger: false));
            }
        }
        return candidates;
    }

    /// <summary>
    /// The mentions of a sentence, from its first token of the body on, that report something, in the order they stand.
    /// A loop, not a query: it is asked of every sentence.
    /// </summary>
    private List<EventMention> Reporting(IEnumerable<EventMention> mentions, int first, Sentence sentence)
    {
        var events = new List<EventMention>();
        foreach (var mention in mentions)
        {
            if (mention.FirstToken >= first && Satisfied(mention, sentence))
            {
                events.Add(mention);
            }
        }
        StableOrder.Sort(CollectionsMarshal.AsSpan(events), static e => e.FirstToken);
        return events;
    }

    /// <summary>
    /// Whom a sentence that reports nothing goes on about: the engagement last told, in its paragraph or in the
    /// paragraph after it, unless it was only mentioned in passing; else the one the story reports first.
    /// </summary>
    private Candidate? FocusOf(Sentence sentence, Candidate? focus, Paragraph? focusParagraph, Candidate? main)
    {
        var near = focusParagraph is not null && (focusParagraph == sentence.Paragraph || NextBodyParagraph(focusParagraph) == sentence.Paragraph);
        return focus is not null && near && !LooksMentioned(focus) ? focus : main ?? focus;
    }

    private Paragraph? NextBodyParagraph(Paragraph paragraph) =>
        analysis.Document.Paragraphs.FirstOrDefault(p => p.Index > paragraph.Index && p.IsBody);

    /// <summary>A verb reports an engagement only with what it needs after it: a person ("met X"), a place ("visit to X").</summary>
    private bool Satisfied(EventMention mention, Sentence sentence)
    {
        if (mention.Source != EventSource.Verb)
        {
            return true;
        }
        var window = Math.Min(sentence.EndToken, mention.EndToken + 14);
        if (mention.Kind == EngagementKind.CourtesyCall && IsWelcomeOnArrival(mention, sentence))
        {
            return false;
        }
        return mention.Needs switch
        {
            // "received Ambassador Zagaynov", "received the Ambassador of Japan": someone named, or someone by title.
            "person" => SomeoneNamedIn(mention.EndToken, window) || TitledIn(mention.EndToken, mention.EndToken + 3),
            "person-at-venue" => SomeoneNamedIn(mention.EndToken, window) && TokenRun.Any(tokens, mention.EndToken, window, static t => t.Is("at")),
            "place" => NamesAPlace(mention.EndToken, Math.Min(mention.EndToken + 4, sentence.EndToken)),
            // The minutes of a session are signed at its close, as part of it: no signing of their own. "Thirty-six cooperation
            // documents were signed": in the passive the documents come first.
            "document" => TokenRun.Any(tokens, mention.EndToken, Math.Min(mention.EndToken + 10, sentence.EndToken), IsDocument)
                || (mention.FirstToken > sentence.FirstToken && tokens[mention.FirstToken - 1].Lower is "were" or "was" or "been"
                    && DocumentBefore(mention, sentence)),
            "noun" => mention.FirstToken > sentence.FirstToken && IsDeterminer(tokens[mention.FirstToken - 1]),
            _ => true,
        };
    }

    /// <summary>Whether a person's name begins in tokens [from, to).</summary>
    /// <remarks>Loops, not queries: a lambda that captured the mention would make a closure at every mention checked.</remarks>
    private bool SomeoneNamedIn(int from, int to)
    {
        foreach (var person in analysis.PersonMentions)
        {
            if (person.First >= from && person.First < to && person.Person >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a title begins in tokens [from, to): "received the Ambassador of Japan".</summary>
    private bool TitledIn(int from, int to)
    {
        foreach (var title in analysis.Titles)
        {
            if (title.FirstToken >= from && title.FirstToken < to)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a place or an actor is named in tokens [from, to): "visit to Moscow", "trip to China".</summary>
    private bool NamesAPlace(int from, int to)
    {
        foreach (var place in analysis.Places)
        {
            if (place.FirstToken < to && from < place.EndToken)
            {
                return true;
            }
        }
        for (var t = from; t < to; t++)
        {
            if (analysis.ActorAt[t] is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Thirty-six cooperation documents were signed": a document in the five words that begin six before the verb.</summary>
    private bool DocumentBefore(EventMention mention, Sentence sentence)
    {
        var from = Math.Max(sentence.FirstToken, mention.FirstToken - 6);
        return TokenRun.Any(tokens, from, Math.Min(from + 5, mention.FirstToken), IsDocument);
    }

    private static bool IsDocument(Token token) => token.Lower is "mou" or "mous" or "memorandum" or "memoranda" or "agreement" or "agreements"
        or "documents" or "treaty" or "instruments" or "protocol" or "declaration";

    /// <summary>What makes the next word a noun: "his visit", "the visit", "a two-day visit", "Wong's official visit".</summary>
    private static bool IsDeterminer(Token token) =>
        token.Lower is "his" or "her" or "their" or "its" or "the" or "a" or "an" or "this" or "that" or "official" or "state" or "working" or "first" or "latest" or "recent" or "s"
        || token.Lower.EndsWith("-day", StringComparison.Ordinal) || token.Lower is "day";

    /// <summary>
    /// "was received at the airport by the Crown Prince", "landed in Beijing and was received by the Vice Foreign
    /// Minister": a welcome on arrival, not a call.
    /// </summary>
    private bool IsWelcomeOnArrival(EventMention mention, Sentence sentence)
    {
        return TokenRun.Any(tokens, mention.EndToken, Math.Min(mention.EndToken + 4, sentence.EndToken), static t => t.Lower is "airport" or "airbase" or "tarmac")
            || ((tokens[mention.FirstToken].Lower is "was" or "were" || (mention.FirstToken > 0 && tokens[mention.FirstToken - 1].Lower is "was" or "were"))
                && TokenRun.Any(tokens, Math.Max(sentence.FirstToken, mention.FirstToken - 12), mention.FirstToken, static t => t.Lower is "landed" or "arrived"));
    }

    /// <summary>The common nouns left pending that the candidate resolved in this sentence, or the one before or two, refers to.</summary>
    private void TakePending(List<(EventMention Mention, Segment Segment)> pending, Candidate candidate, Sentence sentence)
    {
        foreach (var (generic, segment) in pending.Where(p => Fits(p.Mention.Head, candidate) && sentence.Index - p.Segment.Sentence <= 2).ToList())
        {
            candidate.Absorb(generic);
            candidate.Segments.Insert(0, segment);
            pending.RemoveAll(p => p.Segment == segment);
        }
    }

    /// <summary>In one sentence, an indefinite common noun ("a meeting") beside a verb ("received") is the verb's engagement, not another.</summary>
    /// <remarks>Most sentences have no verb mention and are returned as they are, before anything is allocated for the rest.</remarks>
    private List<EventMention> MergeWithinSentence(List<EventMention> events) =>
        events.Exists(static e => e.Source == EventSource.Verb) ? MergedWithVerbs(events) : events;

    private List<EventMention> MergedWithVerbs(List<EventMention> events)
    {
        var talks = events.Any(e => e.Source == EventSource.Verb && e.Kind == EngagementKind.BilateralMeeting);
        return [.. events.Where(e => (e.Source != EventSource.Generic || !(e.FirstToken > 0 && tokens[e.FirstToken - 1].Lower is "a" or "an"))
            && !PartOfNamed(e, events)
            && !RetoldAtOnce(e, events)
            // "welcomed President Moon at Istana Nurul Iman and held talks with him": the welcome opens the talks.
            && !(talks && e.Source == EventSource.Verb && e.Head == "welcomed"))];
    }

    /// <summary>
    /// "Kao received a courtesy call from Kiya": a verb whose object is a mention of the same kind tells one engagement
    /// with it, and the object, which names it better, carries it.
    /// </summary>
    private bool RetoldAtOnce(EventMention mention, List<EventMention> events) =>
        mention.Source == EventSource.Verb
        && events.Any(next => next.Kind == mention.Kind && next.FirstToken >= mention.EndToken
            && TokenRun.All(tokens, mention.EndToken, next.FirstToken, static t => t.Lower is "a" or "an" or "the"));

    /// <summary>
    /// "at the previous, 7th ALM in Canberra, where Lee met Albanese": what was done where a named meeting was held is
    /// part of it, unless it was done on its sidelines ("where he met Biden on the sidelines"), which is a meeting apart;
    /// and what was signed at a named meeting was signed as part of it.
    /// </summary>
    private bool PartOfNamed(EventMention mention, List<EventMention> events)
    {
        // "the Green Economy Agreement, which was signed at the previous, 7th ALM": signed at a meeting, as part of it.
        if (mention.Source == EventSource.Verb && mention.Kind == EngagementKind.Signing && mention.EndToken < tokens.Length && tokens[mention.EndToken].Is("at")
            && events.Any(n => n.Source == EventSource.Named && n.FirstToken > mention.EndToken && n.FirstToken <= mention.EndToken + 5))
        {
            return true;
        }
        var named = events.LastOrDefault(n => n.Source == EventSource.Named && n.EndToken <= mention.FirstToken);
        if (mention.Source != EventSource.Verb || named is null)
        {
            return false;
        }
        var from = Math.Max(named.EndToken, mention.FirstToken - 10);
        var where = TokenRun.Any(tokens, from, mention.FirstToken, static t => t.Is("where"));
        var sentence = analysis.Document.SentenceAt(mention.FirstToken);
        return where && !TokenRun.Any(tokens, mention.EndToken, sentence.EndToken, static t => t.Lower is "sidelines" or "margins" or "sideline");
    }

    private Candidate? Resolve(EventMention mention, Sentence sentence, Candidate? main) => mention.Source switch
    {
        EventSource.Named => SameNamed(mention) is { } same ? Absorbed(same, mention) : Created(mention),
        EventSource.Generic when mention.Indefinite => null,
        EventSource.Generic => Antecedent(mention, sentence, main) is { } antecedent
            ? mention.Ordinal is { } ordinal && antecedent.Ordinal is { } other && ordinal != other
                ? (OwnKind(mention, sentence) is { } kind && kind != antecedent.Kind ? Created(mention with { Kind = kind }) : Sibling(antecedent, mention))
                : Absorbed(antecedent, mention)
            : mention.Ordinal is not null || OpensTheStory(mention, sentence) ? Created(mention) : null,
        _ => Retold(mention, sentence) is { } retold ? Absorbed(retold, mention) : Created(mention),
    };

    private Candidate Created(EventMention mention)
    {
        var candidate = new Candidate(candidates.Count, mention);
        candidates.Add(candidate);
        return candidate;
    }

    /// <summary>"The fifth round was hosted ...", after the sixth round of the Strategic Dialogue: another sitting of the same series.</summary>
    /// <summary>
    /// The kind a common noun's sentence gives it ("the bloc's foreign ministers at their 53rd annual meeting" is
    /// ministerial): a numbered sitting of another kind than the meeting before it is of another series.
    /// </summary>
    private EngagementKind? OwnKind(EventMention mention, Sentence sentence)
    {
        var (from, to) = (Math.Max(sentence.FirstToken, mention.FirstToken - 8), Math.Min(sentence.EndToken, mention.EndToken + 4));
        return MeetingLexicon.Default.LevelOf(tokens, from, to);
    }

    /// <summary>
    /// "Foreign Minister Carlos França opened the seminar ... yesterday": in the lead, a meeting the headline has
    /// already named is told as "the seminar", and what happened to it says it took place.
    /// </summary>
    private bool OpensTheStory(EventMention mention, Sentence sentence) =>
        analysis.Document.Paragraphs.FirstOrDefault(p => p.IsBody) == sentence.Paragraph
        && analysis.Topics.Cues(sentence.FirstToken, sentence.EndToken).Any(c => c.Value == "occurrence" && Math.Abs(c.FirstToken - mention.FirstToken) <= 4);

    private Candidate Sibling(Candidate series, EventMention mention)
    {
        var sibling = Created(mention);
        sibling.Kind = series.Kind;
        sibling.Name = series.Name;
        sibling.Acronym = series.Acronym;
        sibling.TypeWord = series.TypeWord;
        sibling.NameParties.AddRange(series.NameParties);
        sibling.Series = series;
        return sibling;
    }

    private static Candidate Absorbed(Candidate candidate, EventMention mention)
    {
        candidate.Absorb(mention);
        return candidate;
    }

    /// <summary>The candidate a named mention names again: same acronym, or same name, with no other ordinal.</summary>
    /// <remarks>"the next ASEAN-India Summit", after the 20th: a sitting to come is not a numbered one told before.</remarks>
    private Candidate? SameNamed(EventMention mention) => candidates.LastOrDefault(c =>
        c.Named
        && (mention.Ordinal is null || c.Ordinal is null || mention.Ordinal == c.Ordinal)
        && !(c.Ordinal is not null && mention.FirstToken > 0 && tokens[mention.FirstToken - 1].Lower is "next" or "upcoming" or "forthcoming" or "coming")
        && ((mention.Acronym is not null && string.Equals(mention.Acronym, c.Acronym, StringComparison.OrdinalIgnoreCase))
            || (mention.Name is not null && c.Name is not null && Key(mention.Name) == Key(c.Name))
            || (mention.Ordinal is not null && mention.Ordinal == c.Ordinal && mention.Kind == c.Kind && Overlaps(mention.Parties, c.NameParties))));

    /// <summary>
    /// The candidate a common noun refers back to: one of a fitting kind told in this paragraph or the sentence
    /// before; failing that the engagement the document is about; failing that the last fitting one a few
    /// sentences back. "The yearly gathering" refers to a recurring mechanism only.
    /// </summary>
    private Candidate? Antecedent(EventMention mention, Sentence sentence, Candidate? main)
    {
        var recurring = mention.FirstToken > 0 && tokens[mention.FirstToken - 1].Lower is "annual" or "yearly";
        bool Fitting(Candidate c) => Fits(mention.Head, c) && (!recurring || c.Named);
        var paragraph = sentence.Paragraph;
        var near = candidates.LastOrDefault(c => Fitting(c) && (sentence.Index - LastSentence(c) <= 1
            || c.Segments.Any(s => analysis.Document.Sentences[s.Sentence].Paragraph == paragraph)));
        if (near is not null)
        {
            return near;
        }
        if (main is not null && Fitting(main))
        {
            return main;
        }
        return candidates.LastOrDefault(c => Fitting(c) && sentence.Index - LastSentence(c) <= 6);
    }

    private static bool Fits(string head, Candidate candidate) => head switch
    {
        "summit" => candidate.Kind == EngagementKind.Summit,
        "visit" or "trip" => candidate.Kind == EngagementKind.Visit,
        "talks" => candidate.Kind is EngagementKind.BilateralMeeting or EngagementKind.CourtesyCall or EngagementKind.SeniorOfficialsMeeting or EngagementKind.MinisterialMeeting or EngagementKind.Summit,
        "committee" or "commission" or "council" => candidate.Kind == EngagementKind.JointCommittee,
        // "the ASEAN Regional Forum Senior Officials' Meeting ... reviewed the forum's activities": the forum whose meeting it is.
        "forum" => candidate.Kind == EngagementKind.Forum || candidate.TypeWord == "Forum"
            || (candidate.Name?.Split(' ').Contains("Forum", StringComparer.Ordinal) ?? false),
        "dialogue" => candidate.TypeWord == "Dialogue" || candidate.Kind is EngagementKind.Forum or EngagementKind.SeniorOfficialsMeeting,
        _ => candidate.Kind is not (EngagementKind.Visit or EngagementKind.Signing or EngagementKind.Other),
    };

    /// <summary>A verb that retells the engagement just told: same kind, a sentence or two back, the same people.</summary>
    private Candidate? Retold(EventMention mention, Sentence sentence)
    {
        if (mention.Apart)
        {
            return null;
        }
        var told = DaysIn(sentence.FirstToken, sentence.EndToken);
        var people = PeopleNear(mention, sentence);
        // "Dr. Kao also met France's Ambassador for the Indo-Pacific": whom a verb meets, if no one the engagement had, is another meeting.
        var met = analysis.PersonMentions
            .Where(p => p.Person >= 0 && p.First >= mention.EndToken && p.First < Math.Min(sentence.EndToken, mention.EndToken + 8))
            .Select(p => p.Person)
            .ToHashSet();
        // "a follow-up to Japanese Prime Minister Suga Yoshihide's trip to Jakarta": a visit by someone else is another visit.
        var visitor = mention.Kind == EngagementKind.Visit
            ? analysis.PersonMentions.LastOrDefault(p => p.Person >= 0 && p.End <= mention.FirstToken && p.End >= mention.FirstToken - 3)
            : null;
        // "during the visit", "on this visit": a definite visit is the one told before, however far back.
        if (mention.Kind == EngagementKind.Visit && mention.FirstToken > sentence.FirstToken && tokens[mention.FirstToken - 1].Lower is "the" or "this" or "his" or "her" or "their"
            && candidates.LastOrDefault(c => c.Kind == EngagementKind.Visit && c.Mentions.Any(m => m.Source == EventSource.Verb)) is { } visit
            && !OnAnotherDay(visit, told, tolerance: 7))
        {
            return visit;
        }
        // A loop, not a query: the people of a candidate are gathered once, and only for a candidate of the kind told lately.
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.Kind != mention.Kind || !c.Mentions.Any(m => m.Source == EventSource.Verb) || sentence.Index - LastSentence(c) > 3)
            {
                continue;
            }
            var theirs = visitor is not null || mention.Kind is not (EngagementKind.Signing or EngagementKind.Visit) ? PeopleOf(c) : null;
            if ((visitor is null || theirs!.Contains(visitor.Person))
                && (mention.Kind is EngagementKind.Signing or EngagementKind.Visit || theirs!.Overlaps(people) && (met.Count == 0 || theirs.Overlaps(met)))
                && !OnAnotherDay(c, told))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>The last sentence a candidate has a segment in, else the sentence it was first told in.</summary>
    private static int LastSentence(Candidate candidate)
    {
        var last = candidate.Segments.Count > 0 ? int.MinValue : candidate.Sentence;
        foreach (var segment in candidate.Segments)
        {
            last = Math.Max(last, segment.Sentence);
        }
        return last;
    }

    /// <summary>"The two last met in Beijing on 27 March": a sentence dated to another day than the candidate's tells another engagement.</summary>
    /// <param name="told">The days the sentence names.</param>
    /// <param name="tolerance">How many days apart two dates may lie and still be the same engagement's: a visit lasts days.</param>
    private bool OnAnotherDay(Candidate candidate, List<DateOnly> told, int tolerance = 1)
    {
        if (told.Count == 0)
        {
            return false;
        }
        var known = candidate.TriggerSegments.SelectMany(s => DaysIn(s.First, s.End)).ToList();
        return known.Count > 0 && !known.Any(day => told.Any(other => Math.Abs(day.DayNumber - other.DayNumber) <= tolerance));
    }

    private List<DateOnly> DaysIn(int first, int end)
    {
        var (start, stop) = (tokens[first].Start, tokens[end - 1].End);
        return [.. analysis.Dates.Where(d => d.HasDay && d.Start >= start && d.End <= stop && dates[d] is not null).Select(d => dates[d]!.Value.Start)];
    }

    private HashSet<int> PeopleNear(EventMention mention, Sentence sentence) =>
        [.. analysis.PersonMentions.Where(p => p.Person >= 0 && p.First >= sentence.FirstToken && p.End <= sentence.EndToken).Select(p => p.Person)];

    private HashSet<int> PeopleOf(Candidate candidate) =>
        [.. candidate.TriggerSegments.SelectMany(s => analysis.PersonMentions.Where(p => p.Person >= 0 && p.First >= s.First && p.End <= s.End)).Select(p => p.Person)];

    /// <summary>True when the candidate's own words or dates place it before or after the engagement the document reports.</summary>
    private bool LooksMentioned(Candidate candidate)
    {
        // Loops, not queries: asked of every candidate.
        var published = analysis.Dateline.Anchor;
        foreach (var trigger in candidate.TriggerSegments)
        {
            var segment = ClauseOf(candidate, trigger);
            foreach (var cue in analysis.Topics.Cues(segment.First, segment.End))
            {
                if (cue.Value is "past" or "future")
                {
                    return true;
                }
            }
            var start = tokens[segment.First].Start;
            var end = tokens[segment.End - 1].End;
            foreach (var date in analysis.Dates)
            {
                if (date.Start >= start && date.End <= end && IsAnotherTime(date, published))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a date names another time than the story's: a day more than a week before its dateline or after it; a
    /// month other than the story's ("the 7th ASEAN-UN Summit in November 2015", "his state visit to Beijing in January",
    /// in a story of March); with no dateline, a month other than the lead's ("the phone talks ... in August").
    /// </summary>
    private bool IsAnotherTime(DateMention mention, DateOnly? published) => published is { } today
        ? (dates[mention] is { } date && (date.Start < today.AddDays(-6) || date.Start > today))
            || (mention is { Day: null, Weekday: null, Anchor: null, Month: { } month } && (mention.Year ?? today.Year) * 12 + month != today.Year * 12 + today.Month)
        : analysis.LeadMonth is { } lead && mention is { Day: null, Weekday: null, Month: { } leadless } && leadless != lead;

    /// <summary>
    /// The part of a segment that speaks of its candidate: up to the semicolon, or the comma that does not go on
    /// describing it, after the candidate's mention. "the ASEAN-UK Post-Ministerial Conference (PMC), the first since the
    /// UK became an ASEAN Dialogue Partner in August 2021": what the clause after it recalls is another time than the conference's.
    /// </summary>
    private Segment ClauseOf(Candidate candidate, Segment segment)
    {
        if (LastMentionWithin(candidate, segment) is not { } mention)
        {
            return segment;
        }
        for (var t = mention.EndToken; t < segment.End; t++)
        {
            if (tokens[t].IsSymbol(';') || (tokens[t].IsSymbol(',') && !(t + 1 < segment.End && Describes(tokens[t + 1]))))
            {
                return segment with { End = t };
            }
        }
        return segment;
    }

    /// <summary>The candidate's last mention within the segment.</summary>
    /// <remarks>A loop, not a query: asked for every trigger segment of every candidate.</remarks>
    private static EventMention? LastMentionWithin(Candidate candidate, Segment segment)
    {
        for (var i = candidate.Mentions.Count - 1; i >= 0; i--)
        {
            var m = candidate.Mentions[i];
            if (m.Sentence == segment.Sentence && m.FirstToken >= segment.First && m.EndToken <= segment.End)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>Words after a comma that go on describing the meeting before it: "the 22nd ASEAN-China Summit, held in Bangkok on 3 November".</summary>
    private static bool Describes(Token token) => token.Lower is "held" or "hosted" or "convened" or "organised" or "organized" or "which" or "that" or "on" or "in";

    private static bool Overlaps(IReadOnlyList<ActorId> a, IReadOnlyList<ActorId> b) => a.Count == 0 || b.Count == 0 || a.Intersect(b).Any();

    private static string Key(string name) => new([.. Tokenizer.Fold(name).Where(char.IsLetterOrDigit)]);
}
