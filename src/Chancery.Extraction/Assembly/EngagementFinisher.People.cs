using Chancery.Domain;
using Chancery.Extraction.Output;
using Chancery.Extraction.Recognition.People;

namespace Chancery.Extraction.Assembly;

/// <summary>The finisher's people: who took part in each engagement, and whom they served.</summary>
internal sealed partial class EngagementFinisher
{
    private void FillParticipants(Draft draft)
    {
        // The people taken or turned away already: a document names a few dozen at most, searched through on the stack.
        var people = analysis.People.Count;
        var seen = new SeenPeople(people <= 128 ? stackalloc int[people] : new int[people]);
        foreach (var segment in draft.Candidate.Segments)
        {
            if (!segment.Trigger && Background(segment))
            {
                continue;
            }
            foreach (var mention in analysis.PersonMentions)
            {
                if (mention.Person < 0 || mention.NameFirst < segment.First || mention.NameEnd > segment.End)
                {
                    continue;
                }
                var person = analysis.People[mention.Person];
                if (!seen.Add(person.Id) || IsBystander(person, mention, draft))
                {
                    continue;
                }
                draft.Participants.Add((person.Id, new ExtractedParticipant(person.Name, person.Title?.Text, AffiliationOf(person, draft))));
                draft.Cite(EngagementField.Participants, tokens[mention.NameFirst].Start, tokens[mention.NameEnd - 1].End, 0.85, person.Name);
            }
            foreach (var title in analysis.Titles)
            {
                if (title.FirstToken < segment.First || title.EndToken > segment.End || KnownByTitle(title) is not { } person || !seen.Add(person.Id) || IsBystander(person, person.Mentions[0], draft))
                {
                    continue;
                }
                draft.Participants.Add((person.Id, new ExtractedParticipant(person.Name, person.Title?.Text, AffiliationOf(person, draft))));
                draft.Cite(EngagementField.Participants, tokens[title.FirstToken].Start, tokens[title.EndToken - 1].End, 0.6, person.Name);
            }
        }
    }

    /// <summary>
    /// "The Secretary General was received by ...": a later mention by title alone, with "the", is the one person
    /// the story named before with that title.
    /// </summary>
    private MentionedPerson? KnownByTitle(TitleSpan title)
    {
        if (title.FirstToken == 0 || !tokens[title.FirstToken - 1].Is("the")
            || analysis.PersonMentions.Any(m => m.Title == title || (m.NameFirst <= title.EndToken + 1 && m.NameEnd >= title.FirstToken)))
        {
            return null;
        }
        var text = Comparable(title.Text);
        var bearers = analysis.People
            .Where(p => p.Title is { } held && p.Mentions.Count > 0 && p.Mentions.Min(m => m.First) < title.FirstToken && Comparable(held.Text).StartsWith(text, StringComparison.Ordinal))
            .Take(2)
            .ToList();
        return bearers.Count == 1 ? bearers[0] : null;
    }

    private static string Comparable(string title) => title.Replace('-', ' ').ToLowerInvariant();

    /// <summary>
    /// Whom a participant serves: what the text says outright (a title's own words, the side they lead or belong to),
    /// else whom the reference data says a known official serves, whatever a nearby word suggests, else the clues around.
    /// </summary>
    private ActorId? AffiliationOf(MentionedPerson person, Draft draft) =>
        (person.AffiliationStrength >= 3 ? person.Affiliation : null) ?? Serves(person) ?? person.Affiliation ?? Home(person, draft.Country);

    /// <summary>Whom a known official serves, looked up once a person.</summary>
    private ActorId? Serves(MentionedPerson person)
    {
        if (!served.TryGetValue(person.Id, out var actor))
        {
            served[person.Id] = actor = model.Officials.Serves(person.Name);
        }
        return actor;
    }

    /// <summary>
    /// Spokespeople, those recalled as "then Prime Minister" (unless the engagement is itself of that past), hosts of an
    /// invitation ("at the invitation of X", "at Ding's invitation") and the dead of a mausoleum do not take part.
    /// </summary>
    private bool IsBystander(MentionedPerson person, PersonMention mention, Draft draft)
    {
        var past = draft.Date is { } date && BeforeTheStory(date);
        if (person.Title?.Text.Contains("spokes", StringComparison.OrdinalIgnoreCase) == true || (!past && mention.First > 0 && tokens[mention.First - 1].Is("then")))
        {
            return true;
        }
        for (var t = mention.First - 1; t >= Math.Max(0, mention.First - 4); t--)
        {
            if (tokens[t].Lower is "invitation" or "mausoleum" or "tomb" or "memorial" or "statue" or "portrait")
            {
                return true;
            }
        }
        var after = mention.End;
        return after + 2 < tokens.Length && tokens[after].IsSymbol('\'') && tokens[after + 1].Is("s") && tokens[after + 2].Is("invitation");
    }

    /// <summary>
    /// An official of a government with nothing else to say whom they serve: a form of address says it ("Datuk Seri"),
    /// else the news agency's country, else the country the engagement took place in, else the dateline's.
    /// </summary>
    private ActorId? Home(MentionedPerson person, ActorId? place)
    {
        if (person.Mentions.Select(m => m.HonorificNationality).FirstOrDefault(n => n is not null) is { } byAddress)
        {
            return byAddress;
        }
        if (person.Title is not { Domestic: true })
        {
            return null;
        }
        return analysis.Dateline.Agency ?? place ?? analysis.Dateline.Home;
    }

    /// <summary>
    /// "The Philippine delegation was led by Lazaro and the Chinese side by Sun ... The first day was given over to the
    /// FMC ... the second to the BCM": a meeting of a round the story tells without names has the round's delegations.
    /// </summary>
    private static void DelegationsOfTheRound(List<Draft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.Role == CitationRole.Primary && d.Kind is not (EngagementKind.Visit or EngagementKind.Signing) && d.Participants.Count == 0))
        {
            var round = drafts.FirstOrDefault(d => d != draft && d.Role == CitationRole.Primary && d.Kind is not (EngagementKind.Visit or EngagementKind.Signing)
                && d.Participants.Count > 0 && (draft.Parties.Count == 0 || d.Parties.ToHashSet().SetEquals(draft.Parties)));
            if (round is null)
            {
                continue;
            }
            draft.Participants.AddRange(round.Participants);
            draft.Parties.AddRange(round.Parties.Where(p => !draft.Parties.Contains(p)));
        }
    }

    /// <summary>
    /// A visit's people are the visitors, wherever the story names them: a visit told without its visitor has the one
    /// who leads the visiting side in the first engagement reported on the trip.
    /// </summary>
    private static void VisitorsOnTheirVisit(List<Draft> drafts)
    {
        foreach (var visit in drafts.Where(d => d.Kind == EngagementKind.Visit && d.Role == CitationRole.Primary && d.Country is not null))
        {
            var visitors = visit.Parties.Where(p => p != visit.Country).ToHashSet();
            if (visit.Participants.Any(p => p.Participant.Affiliation is { } side && visitors.Contains(side)))
            {
                continue;
            }
            // The visitor leads the visiting side in the first engagement of the trip the story reports.
            var first = drafts.FirstOrDefault(d => d != visit && d.Role == CitationRole.Primary && d.Country == visit.Country
                && d.Participants.Any(p => p.Participant.Affiliation is { } side && visitors.Contains(side)));
            if (first?.Participants.First(p => p.Participant.Affiliation is { } side && visitors.Contains(side)) is { } leader)
            {
                visit.Participants.Insert(0, leader);
            }
        }
    }

    /// <summary>A visit's people are the visitors: the hosts who received them take part in the meetings, not in the visit.</summary>
    private static void HostsOfVisit(Draft draft)
    {
        if (draft.Candidate.Kind != EngagementKind.Visit || draft.Country is not { } host)
        {
            return;
        }
        if (draft.Participants.Any(p => p.Participant.Affiliation is { } side && side != host))
        {
            // Those whose side the text leaves unsaid beside named visitors ("received at the airport by the Crown Prince") are hosts too.
            draft.Participants.RemoveAll(p => p.Participant.Affiliation is null || p.Participant.Affiliation == host);
        }
    }
}
