using Chancery.Domain;
using Chancery.Extraction.Output;
using Chancery.Extraction.Recognition.Events;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>The finisher's twins: one engagement told twice is kept once, and calls on several hosts told at once are parted.</summary>
internal sealed partial class EngagementFinisher
{
    /// <summary>"A panel on ... featured ...": an undated session of a forum the story reports is part of that forum.</summary>
    private static bool PartOfForum(Draft forum, Draft part) =>
        forum.Kind == EngagementKind.Forum && part.Kind == EngagementKind.Forum && forum.Role == CitationRole.Primary && part.Role == CitationRole.Primary
        && forum.Date is not null && part.Date is null && (part.City is null || part.City == forum.City);

    /// <summary>A document reports one trip of the same visitors once: two reported visits of the same sides, days apart at most, are one.</summary>
    private static bool SameVisit(Draft a, Draft b) =>
        a.Kind == EngagementKind.Visit && b.Kind == EngagementKind.Visit && a.Role == CitationRole.Primary && b.Role == CitationRole.Primary
        && a.Parties.Count > 0 && a.Parties.ToHashSet().SetEquals(b.Parties)
        && (a.City is null || b.City is null || a.City == b.City)
        && (a.Date is not { } x || b.Date is not { } y || Math.Abs(x.Start.DayNumber - y.Start.DayNumber) <= 7);

    private static ResolvedDate? Span(ResolvedDate? a, ResolvedDate? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return a ?? b;
        }
        var start = x.Start < y.Start ? x.Start : y.Start;
        var end = new[] { x.End ?? x.Start, y.End ?? y.Start }.Max();
        return new ResolvedDate(start, end == start ? null : end);
    }

    /// <summary>
    /// "Kamikawa paid courtesy calls on Prime Minister Sonexay and on Chairman of the National Assembly Xaysomphone":
    /// calls, plural, on two or more people named after the words are one call on each of them.
    /// </summary>
    private IEnumerable<Draft> SeparateCalls(Draft draft)
    {
        if (draft.Kind != EngagementKind.CourtesyCall)
        {
            return [draft];
        }
        var plural = draft.Candidate.Mentions.FirstOrDefault(m => m.Source == EventSource.Verb
            && TokenRun.Any(tokens, m.FirstToken, m.EndToken, static t => t.Lower is "calls" or "visits"));
        if (plural is null)
        {
            return [draft];
        }
        var sentence = analysis.Document.Sentences[plural.Sentence];
        var hosts = analysis.PersonMentions
            .Where(m => m.Person >= 0 && m.First >= plural.EndToken && m.End <= sentence.EndToken)
            .Select(m => m.Person)
            .Distinct()
            .Where(person => draft.Participants.Any(p => p.Person == person))
            .ToList();
        if (hosts.Count < 2)
        {
            return [draft];
        }
        var company = draft.Participants.Where(p => !hosts.Contains(p.Person)).ToList();
        return hosts.Select(host => draft.With([.. company, draft.Participants.First(p => p.Person == host)]));
    }

    /// <summary>
    /// "Also on Tuesday, the Secretary-General was received by the Deputy Prime Minister": a visitor's calls on two
    /// people of the same side on one day are two calls, told by the people each names on that side.
    /// </summary>
    private static bool CallsOnDifferentHosts(Draft a, Draft b)
    {
        if (a.Kind is not (EngagementKind.CourtesyCall or EngagementKind.BilateralMeeting))
        {
            return false;
        }
        foreach (var side in a.Parties)
        {
            var ofA = a.Participants.Where(p => p.Participant.Affiliation == side).Select(p => p.Person).ToHashSet();
            var ofB = b.Participants.Where(p => p.Participant.Affiliation == side).Select(p => p.Person).ToHashSet();
            if (ofA.Count > 0 && ofB.Count > 0 && !ofA.Overlaps(ofB))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Neither told of a mechanism, or both of the same one and of no other sitting: an EAS and an unnamed summit are two.</summary>
    private static bool SameMechanism(ExtractedMechanism? a, ExtractedMechanism? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x.Acronym == y.Acronym && (x.Ordinal is null || y.Ordinal is null || x.Ordinal == y.Ordinal),
            _ => false,
        };

    /// <summary>
    /// The first draft kept that reports the same engagement: of the same kind, day, sides and mechanism, else the same
    /// visit, else the forum it is part of. Loops, not queries: asked for every draft.
    /// </summary>
    private static Draft? TwinOf(Draft draft, List<Draft> kept)
    {
        foreach (var k in kept)
        {
            if (k.Kind == draft.Kind && k.Date is not null && k.Date == draft.Date
                && k.Parties.Count > 0 && k.Parties.OrderBy(p => p).SequenceEqual(draft.Parties.OrderBy(p => p))
                && SameMechanism(k.Mechanism, draft.Mechanism)
                && !CallsOnDifferentHosts(k, draft))
            {
                return k;
            }
        }
        foreach (var k in kept)
        {
            if (SameVisit(k, draft))
            {
                return k;
            }
        }
        foreach (var k in kept)
        {
            if (PartOfForum(k, draft))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>Same kind, same day, same sides: one engagement told twice.</summary>
    private static List<Draft> Deduplicate(List<Draft> drafts)
    {
        var kept = new List<Draft>();
        foreach (var draft in drafts)
        {
            var twin = TwinOf(draft, kept);
            if (twin is null)
            {
                kept.Add(draft);
                continue;
            }
            if (twin.Kind == EngagementKind.Visit)
            {
                // "arrived yesterday", "on the second day of his visit": one trip, from its first day to its last.
                twin.Date = Span(twin.Date, draft.Date);
                twin.City ??= draft.City;
                twin.Country ??= draft.Country;
            }
            foreach (var participant in draft.Participants.Where(p => twin.Participants.All(t => t.Person != p.Person)))
            {
                twin.Participants.Add(participant);
            }
            twin.Sectors.UnionWith(draft.Sectors);
            twin.Stances.AddRange(draft.Stances);
            twin.Plans.AddRange(draft.Plans);
            twin.Evidence.AddRange(draft.Evidence);
        }
        return kept;
    }
}
