using Chancery.Domain;
using Chancery.Extraction.Output;
using Chancery.Extraction.Recognition.Dates;
using Chancery.Extraction.Recognition.Events;
using Chancery.Extraction.Recognition.Places;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// Turns candidates into engagements: keeps those the text says took or will take place, and fills each
/// field from the segments that speak of it (date, place, people, sides, kind, mechanism, topics), with the
/// evidence for each, and whether the document reports it or only mentions it.
/// </summary>
internal sealed partial class EngagementFinisher
{
    /// <summary>The association whose dialogue relations the stories tell.</summary>
    private static readonly ActorId Asean = new("ASEAN");

    private readonly Analysis analysis;
    private readonly ExtractionModel model;
    private readonly DateResolver dates;
    private readonly Token[] tokens;
    private readonly bool[] excluded;
    private readonly Dictionary<int, ActorId?> served = [];

    public EngagementFinisher(Analysis analysis, ExtractionModel model, DateResolver dates)
    {
        this.analysis = analysis;
        this.model = model;
        tokens = analysis.Tokens;
        this.dates = dates;
        excluded = ExcludedFromTopics(analysis);
    }

    public List<ExtractedEngagement> Finish(List<Candidate> candidates)
    {
        var drafts = new List<Draft>();
        foreach (var candidate in candidates.Where(Occurs))
        {
            var draft = new Draft(candidate);
            FillDate(draft, drafts);
            FillPlace(draft);
            FillParticipants(draft);
            FillParties(draft);
            HostsOfVisit(draft);
            FillKindAndMechanism(draft);
            FillRole(draft);
            PlaceFromDateline(draft);
            FillTopics(draft);
            drafts.Add(draft);
        }
        BorrowSides(drafts);
        VisitorsOnTheirVisit(drafts);
        ScheduledOnTheTrip(drafts);
        SittingsOfTheSeries(drafts);
        TopicsOfTheTalks(drafts);
        DelegationsOfTheRound(drafts);
        CitiesOfTheirCountries(drafts);
        return [.. Deduplicate([.. drafts.SelectMany(SeparateCalls)]).Select(d => d.ToEngagement())];
    }

    /// <summary>
    /// A named meeting spoken of only in passing ("how far the decisions of the ASEAN-India Summit have been implemented")
    /// is no engagement: it needs an ordinal, a date or a place of its own, or a verb of occurrence next to its name.
    /// </summary>
    private bool Occurs(Candidate candidate)
    {
        if (!candidate.Named || candidate.Ordinal is not null || candidate.Special)
        {
            return true;
        }
        foreach (var mention in candidate.Mentions.Where(m => m.Source == EventSource.Named))
        {
            var sentence = analysis.Document.Sentences[mention.Sentence];
            var from = Math.Max(sentence.FirstToken, mention.FirstToken - 4);
            var to = Math.Min(sentence.EndToken, mention.EndToken + 10);
            // "the 2024 Ministerial Council Meeting": a year before the name names one sitting, as an ordinal does.
            if (mention.FirstToken > 0 && tokens[mention.FirstToken - 1] is { Kind: TokenKind.Number, Length: 4 } year && year.Text[0] is '1' or '2')
            {
                return true;
            }
            if (SpokenOfAsABody(mention.EndToken))
            {
                continue;
            }
            var near = new Segment(mention.Sentence, from, to, Trigger: true);
            if (DatesIn(near).Any(d => d.Mention.HasDay || d.Mention.Month is not null) || PlacesIn(near).Any(IsStrongPlace)
                || analysis.Topics.Cues(from, to).Any(c => c.Value is "occurrence" or "virtual" or "future" && !InName(c.FirstToken, c.EndToken)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "called for the East Asia Summit to be built into a sturdier institution": a named meeting that is to be made
    /// or to become something is spoken of as a body, not as a sitting; one "to be held" is a sitting to come.
    /// </summary>
    private bool SpokenOfAsABody(int end) =>
        end + 2 < tokens.Length && tokens[end].Is("to") && tokens[end + 1].Lower is "be" or "become"
        && tokens[end + 2].Lower is not ("held" or "convened" or "hosted" or "organised" or "organized" or "chaired" or "co-chaired");

    /// <summary>Whether tokens lie within a meeting's name: the "Meeting" of "the ASEAN Defence Ministers' Meeting" says nothing of its taking place.</summary>
    /// <remarks>A loop, not a query: it is asked for every cue of every candidate.</remarks>
    private bool InName(int first, int end)
    {
        foreach (var e in analysis.Events)
        {
            if (e.Source == EventSource.Named && first < e.EndToken && e.FirstToken < end)
            {
                return true;
            }
        }
        return false;
    }

    private IEnumerable<(DateMention Mention, int Token)> DatesIn(Segment segment)
    {
        var start = tokens[segment.First].Start;
        var end = tokens[segment.End - 1].End;
        foreach (var mention in analysis.Dates)
        {
            if (mention.Start >= start && mention.End <= end)
            {
                yield return (mention, analysis.TokenAt(mention.Start));
            }
        }
    }

    private IEnumerable<PlaceMention> PlacesIn(Segment segment)
    {
        foreach (var place in analysis.Places)
        {
            if (place.FirstToken >= segment.First && place.EndToken <= segment.End)
            {
                yield return place;
            }
        }
    }

    private static string Iso(DateOnly date) => IsoDate.Format(date);
}
