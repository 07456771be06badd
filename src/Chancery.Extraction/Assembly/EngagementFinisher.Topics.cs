using Chancery.Domain;
using Chancery.Extraction.Recognition.Events;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>The finisher's topics: the sectors, stances and plans of each engagement.</summary>
internal sealed partial class EngagementFinisher
{
    private bool Background(Segment segment) =>
        analysis.Topics.Cues(segment.First, segment.End).Any(c => c.Value == "background");

    /// <summary>
    /// On a trip, the talks have the topics, not the visit: what a visit's sentences say was discussed or agreed
    /// goes to the first meeting of the trip the story reports, with the same sides.
    /// </summary>
    private static void TopicsOfTheTalks(List<Draft> drafts)
    {
        foreach (var visit in drafts.Where(d => d.Kind == EngagementKind.Visit && d.Role == CitationRole.Primary))
        {
            var talks = drafts.FirstOrDefault(d => d.Kind is not (EngagementKind.Visit or EngagementKind.Signing or EngagementKind.Forum or EngagementKind.Other) && d.Role == CitationRole.Primary
                && d.Date is not null && d.Parties.ToHashSet().SetEquals(visit.Parties));
            if (talks is null)
            {
                continue;
            }
            talks.Sectors.UnionWith(visit.Sectors);
            talks.Stances.AddRange(visit.Stances.Where(s => !talks.Stances.Contains(s)));
            talks.Plans.AddRange(visit.Plans.Where(p => !talks.Plans.Contains(p)));
            var topical = visit.Evidence.Where(e => e.Field is EngagementField.Sectors or EngagementField.Stances or EngagementField.Plans).ToList();
            foreach (var evidence in topical)
            {
                talks.Cite(evidence.Field, evidence.Start, evidence.End, evidence.Confidence, evidence.Value);
                visit.Evidence.Remove(evidence);
            }
            visit.Sectors.Clear();
            visit.Stances.Clear();
            visit.Plans.Clear();
        }
    }

    private void FillTopics(Draft draft)
    {
        var candidate = draft.Candidate;
        foreach (var segment in candidate.Segments)
        {
            if (!segment.Trigger && Background(segment))
            {
                continue;
            }
            foreach (var sector in analysis.Topics.Sectors(segment.First, segment.End))
            {
                if (excluded[sector.FirstToken])
                {
                    continue;
                }
                draft.Sectors.Add(sector.Value);
                draft.Cite(EngagementField.Sectors, tokens[sector.FirstToken].Start, tokens[sector.EndToken - 1].End, 0.7, Taxonomy<Sector>.Slug(sector.Value));
            }
            foreach (var stance in analysis.Topics.Stances(segment.First, segment.End))
            {
                foreach (var actor in StanceActors(draft, segment, stance.FirstToken))
                {
                    draft.Stances.Add(new ActorStance(actor, stance.Value));
                    draft.Cite(EngagementField.Stances, tokens[stance.FirstToken].Start, tokens[stance.EndToken - 1].End, 0.75, Taxonomy<Stance>.Slug(stance.Value));
                }
            }
            // A meeting mentioned in passing is tied to the plans its own sentences name, not to those the story goes on to.
            var plans = segment.Trigger || draft.Role == CitationRole.Primary ? analysis.Topics.Plans(segment.First, segment.End) : default;
            foreach (var plan in plans)
            {
                if (OfOtherSides(draft, plan.FirstToken, plan.EndToken))
                {
                    continue;
                }
                var label = NamedPlan(plan.Value) ?? plan.Value;
                draft.Plans.Add(label);
                draft.Cite(EngagementField.Plans, tokens[plan.FirstToken].Start, tokens[plan.EndToken - 1].End, 0.8, label);
            }
        }
    }

    /// <summary>
    /// "the practical cooperation areas of the partnership", after "the Practical Cooperation Areas 2019-2021": a plan
    /// spoken of in lower case, with no years, is the one the document names with them.
    /// </summary>
    private string? NamedPlan(string label)
    {
        if (label.Length == 0 || !char.IsLower(label[0]) || label.Any(char.IsDigit))
        {
            return null;
        }
        var noun = label.Split([" of ", " for ", " on ", " to "], 2, StringSplitOptions.None)[0];
        return analysis.Topics.PlansOfDocument()
            .Select(p => p.Value)
            .FirstOrDefault(named => char.IsUpper(named[0]) && named.Any(char.IsDigit) && named.StartsWith(noun, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "cooperates with the bloc under the ASEAN-Türkiye Practical Cooperation Areas", told of a Malaysia-Türkiye meeting:
    /// a plan named for sides the engagement does not have is another partnership's.
    /// </summary>
    private bool OfOtherSides(Draft draft, int first, int end) =>
        draft.Parties.Count > 0 && Enumerable.Range(first, end - first).Any(t => analysis.ActorAt[t] is { } actor && !draft.Parties.Contains(actor.Actor));

    /// <summary>Whether only a comma or "and" stands between two names: "China, Japan and South Korea".</summary>
    private bool Coordinated(int end, int next) =>
        next > end && TokenRun.All(tokens, end, next, static t => t.IsSymbol(',') || t.Lower is "and" or "the");

    /// <summary>
    /// Who takes a stance: the partner the sentence names before it ("Russia's support for", "Korea backs"),
    /// else the partner of the people speaking in it, else every partner of the engagement.
    /// </summary>
    private IEnumerable<ActorId> StanceActors(Draft draft, Segment segment, int stanceToken)
    {
        var sentence = analysis.Document.Sentences[segment.Sentence];
        var partners = draft.Parties.Where(p => p.Value != "ASEAN").ToList();
        var named = analysis.Actors
            .Where(a => a.FirstToken >= sentence.FirstToken && a.EndToken <= stanceToken && a.Actor.Value != "ASEAN" && (partners.Count == 0 || partners.Contains(a.Actor)))
            .ToList();
        if (named.Count > 0)
        {
            // "of China, Japan and South Korea ... reaffirmed the importance of ASEAN Centrality": every partner of the list.
            var list = new List<ActorId> { named[^1].Actor };
            for (var i = named.Count - 2; i >= 0 && Coordinated(named[i].EndToken, named[i + 1].FirstToken); i--)
            {
                list.Add(named[i].Actor);
            }
            return list.Distinct();
        }
        var speakers = analysis.PersonMentions
            .Where(p => p.Person >= 0 && p.First >= sentence.FirstToken && p.End <= stanceToken)
            .Select(p => analysis.People[p.Person].Affiliation)
            .OfType<ActorId>()
            .Where(a => a.Value != "ASEAN" && partners.Contains(a))
            .ToList();
        if (speakers.Count > 0)
        {
            return [speakers[^1]];
        }
        // In a meeting of many, a stance no one is named for is taken by the side whose people the story follows.
        return partners.Count <= 2 ? partners
            : draft.Participants.Select(p => p.Participant.Affiliation).OfType<ActorId>().Where(partners.Contains).Distinct().ToList();
    }

    /// <summary>
    /// Tokens no topic is read from: titles of people and names of meetings ("Deputy Secretary-General for the
    /// ASEAN Economic Community"), and the names of bodies, which name an area without saying anyone worked on it
    /// ("the Eurasian Economic Union", "Ministry of Trade").
    /// </summary>
    private static bool[] ExcludedFromTopics(Analysis analysis)
    {
        var excluded = ProperNames.Find(analysis);
        foreach (var mention in analysis.PersonMentions)
        {
            if (mention.Title is { } title)
            {
                for (var t = title.FirstToken; t < title.EndToken; t++)
                {
                    excluded[t] = true;
                }
            }
        }
        foreach (var mention in analysis.Events.Where(e => e.Source == EventSource.Named))
        {
            for (var t = mention.FirstToken; t < mention.EndToken; t++)
            {
                excluded[t] = true;
            }
        }
        return excluded;
    }
}
