using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Recognition.Events;

namespace Chancery.Extraction.Assembly;

/// <summary>The finisher's sides: the parties of each engagement.</summary>
internal sealed partial class EngagementFinisher
{
    private void FillParties(Draft draft)
    {
        var candidate = draft.Candidate;
        var parties = draft.Parties;
        var mechanism = model.Mechanisms.ByName(candidate.Acronym, candidate.NameParties) ?? model.Mechanisms.ByName(candidate.Name, candidate.NameParties);
        if (mechanism is not null && mechanism.Parties.Count > 2)
        {
            // A multilateral mechanism's members are its parties as far as the text names them ("the 18 EAS
            // participating countries ... namely Australia, China, India"): a text that names none reports one side's part.
            var named = candidate.Segments
                .SelectMany(segment => analysis.Actors.Where(a => a.FirstToken >= segment.First && a.EndToken <= segment.End))
                .Select(a => a.Actor)
                .ToHashSet();
            parties.AddRange(mechanism.Parties.Where(p => p.Value == "ASEAN" || named.Contains(p)));
        }
        else if (mechanism is not null && candidate.NameParties.Count == 0)
        {
            // "the 18th ARSOM": the acronym names the sides.
            parties.AddRange(mechanism.Parties);
        }
        parties.AddRange(candidate.NameParties.Where(model.IsParty));
        if (candidate.Acronym is { } acronym && MeetingLexicon.Default.IsAseanAcronym(acronym) && candidate.NameParties.Count(p => p.Value != "ASEAN") < 2)
        {
            // "AEM-METI Consultations", "AMM Retreat": ASEAN's own ministers meet.
            parties.Add(Asean);
        }
        var aseanMechanism = parties.Contains(Asean) && candidate.Named;
        foreach (var (_, participant) in draft.Participants)
        {
            // In an ASEAN meeting, officials of member states speak for ASEAN.
            if (participant.Affiliation is { } side && model.IsParty(side)
                && (!aseanMechanism || (!model.IsMember(side, Asean) && side != Asean && candidate.NameParties.Count < 2)))
            {
                parties.Add(side);
            }
        }
        if (candidate.Kind == EngagementKind.Visit && draft.Country is { } destination)
        {
            parties.Add(destination);
        }
        if (!HasTwoSides(parties) && !aseanMechanism)
        {
            // "between the two countries' foreign ministries", "Russia's envoy ... on Michael Tene": the sides the segment names.
            foreach (var segment in candidate.TriggerSegments)
            {
                foreach (var actor in analysis.Actors)
                {
                    if (actor.FirstToken >= segment.First && actor.EndToken <= segment.End && model.IsParty(actor.Actor)
                        && !parties.Contains(actor.Actor) && parties.Count < 2)
                    {
                        parties.Add(actor.Actor);
                        draft.Cite(EngagementField.Parties, tokens[actor.FirstToken].Start, tokens[actor.EndToken - 1].End, 0.6, actor.Actor.Value);
                    }
                }
            }
        }
        KeepFirstOfEach(parties);
        foreach (var party in parties)
        {
            if (NamedInMentions(party, candidate) is { } named)
            {
                draft.Cite(EngagementField.Parties, tokens[named.FirstToken].Start, tokens[named.EndToken - 1].End, 0.9, party.Value);
            }
        }
    }

    /// <summary>Whether the list names two different sides or more.</summary>
    private static bool HasTwoSides(List<ActorId> parties)
    {
        foreach (var party in parties)
        {
            if (party != parties[0])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Removes every side named again after its first time, keeping the order of the rest.</summary>
    /// <remarks>In place: a draft has a few sides, and a distinct copy of them allocated more than the search.</remarks>
    private static void KeepFirstOfEach(List<ActorId> parties)
    {
        for (var i = parties.Count - 1; i > 0; i--)
        {
            if (parties.IndexOf(parties[i]) < i)
            {
                parties.RemoveAt(i);
            }
        }
    }

    /// <summary>The first mention of a side inside the words that report the engagement ("the ASEAN-Russia SOM").</summary>
    /// <remarks>Loops, not a query: a query nested in a query makes a delegate for every actor it looks at.</remarks>
    private ActorMention? NamedInMentions(ActorId party, Candidate candidate)
    {
        foreach (var actor in analysis.Actors)
        {
            if (actor.Actor != party)
            {
                continue;
            }
            foreach (var mention in candidate.Mentions)
            {
                if (actor.FirstToken >= mention.FirstToken && actor.EndToken <= mention.EndToken)
                {
                    return actor;
                }
            }
        }
        return null;
    }

    /// <summary>An engagement told with one side only takes the other from the engagement the document reports: "The visiting delegates also called on EAM Jaishankar".</summary>
    private static void BorrowSides(List<Draft> drafts)
    {
        var main = drafts.FirstOrDefault(d => d.Role == CitationRole.Primary && d.Parties.Count >= 2);
        if (main is null)
        {
            return;
        }
        // Only a meeting of the same kind, or one the text leaves unsaid, is of the same sides: "the bloc's foreign ministers at their 53rd annual meeting" is ASEAN's own.
        foreach (var draft in drafts.Where(d => d.Parties.Count == 1 && d != main && !(d.Candidate.Named && d.Parties[0].Value == "ASEAN")
            && !(d.Parties[0].Value == "ASEAN" && d.Kind is EngagementKind.MinisterialMeeting or EngagementKind.Summit && d.Kind != main.Kind)))
        {
            foreach (var party in main.Parties.Where(p => !draft.Parties.Contains(p)))
            {
                draft.Parties.Add(party);
            }
        }
    }
}
