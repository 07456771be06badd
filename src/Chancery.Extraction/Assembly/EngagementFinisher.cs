using Chancery.Domain;
using Chancery.Extraction.Output;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Recognition.Dates;
using Chancery.Extraction.Recognition.Events;
using Chancery.Extraction.Recognition.People;
using Chancery.Extraction.Recognition.Places;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// Turns candidates into engagements: keeps those the text says took or will take place, and fills each
/// field from the segments that speak of it (date, place, people, sides, kind, mechanism, topics), with the
/// evidence for each, and whether the document reports it or only mentions it.
/// </summary>
internal sealed class EngagementFinisher
{
    private static readonly HashSet<string> AseanMembers = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];

    private readonly Analysis analysis;
    private readonly ExtractionModel model;
    private readonly DateResolver dates;
    private readonly IReadOnlyList<Token> tokens;
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
        TopicsOfTheTalks(drafts);
        DelegationsOfTheRound(drafts);
        CitiesOfTheirCountries(drafts);
        return [.. Deduplicate(drafts).Select(d => d.ToEngagement())];
    }

    private IEnumerable<Segment> Triggers(Candidate c) => c.Segments.Where(s => s.Trigger);

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
            var near = new Segment(mention.Sentence, from, to, Trigger: true);
            if (DatesIn(near).Any(d => d.Mention.HasDay || d.Mention.Month is not null) || PlacesIn(near).Any(IsStrongPlace)
                || analysis.Topics.Cues(from, to).Any(c => c.Value is "occurrence" or "virtual" or "future" && !InName(c.FirstToken, c.EndToken)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether tokens lie within a meeting's name: the "Meeting" of "the ASEAN Defence Ministers' Meeting" says nothing of its taking place.</summary>
    private bool InName(int first, int end) =>
        analysis.Events.Any(e => e.Source == EventSource.Named && first < e.EndToken && e.FirstToken < end);

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

    private IEnumerable<PlaceMention> PlacesIn(Segment segment) =>
        analysis.Places.Where(p => p.FirstToken >= segment.First && p.EndToken <= segment.End);

    /// <summary>"at the ASEAN Secretariat", "in Moscow", "at the headquarters of the ASEAN Secretariat", "into Nay Pyi Taw".</summary>
    private bool Locative(int first)
    {
        for (var t = first - 1; t >= Math.Max(0, first - 5); t--)
        {
            if (tokens[t].Lower is "at" or "in" or "into" or "from")
            {
                return true;
            }
            if (!(tokens[t].Lower is "the" or "of" or "headquarters" or "premises" or "building" or "office" or "offices"))
            {
                return false;
            }
        }
        return false;
    }

    private bool IsStrongPlace(PlaceMention place)
    {
        var before = place.FirstToken - 1;
        if (before < 0)
        {
            return false;
        }
        // "in Moscow", "at Busan", "from Ha Noi", "the Black Sea resort of Sochi"
        var placed = tokens[before].Lower is "in" or "at" or "from" or "to" or "into"
            || (tokens[before].Is("of") && before > 0 && tokens[before - 1].Lower is "resort" or "city" or "town" or "capital" or "province" or "island" or "port");
        return placed
            && (analysis.ActorAt[place.FirstToken] is null || analysis.ActorAt[place.FirstToken] is { Possessive: false, Form: ActorForm.Name })
            && !(place.EndToken < tokens.Count && tokens[place.EndToken].IsCapitalised && tokens[place.EndToken].SpaceBefore && !IsCountryAfter(place));
    }

    private bool IsCountryAfter(PlaceMention place) =>
        place.EndToken < tokens.Count && analysis.ActorAt[place.EndToken] is { Form: ActorForm.Name };

    private void FillDate(Draft draft, List<Draft> earlier)
    {
        var candidate = draft.Candidate;
        foreach (var segment in Triggers(candidate))
        {
            var trigger = candidate.Mentions.FirstOrDefault(m => m.FirstToken >= segment.First && m.FirstToken < segment.End)?.FirstToken ?? segment.First;
            var best = DatesIn(segment)
                .Select(d => (d.Mention, d.Token, Date: dates[d.Mention]))
                .Where(d => d.Date is not null)
                .OrderBy(d => d.Token >= trigger ? d.Token - trigger : (trigger - d.Token) + 6)
                .FirstOrDefault();
            if (best.Date is { } date)
            {
                draft.Date = date;
                draft.Cite(EngagementField.Date, best.Mention.Start, best.Mention.End, best.Mention.Year is null ? 0.8 : 0.95, Iso(date.Start));
                break;
            }
        }
        if (candidate.Kind == EngagementKind.Visit && DayOfVisit() is { } day && analysis.Dateline.Anchor is { } today)
        {
            // "on the second and final day of Erdogan's official visit": it began the day before and ends today.
            var start = today.AddDays(1 - day.Number);
            draft.Date = Span(draft.Date, new ResolvedDate(start, day.Last ? today : (start == today ? null : today)));
        }
        if (draft.Date is { End: null } single && Duration(candidate) is { } days and > 1)
        {
            draft.Date = new ResolvedDate(single.Start, single.Start.AddDays(days - 1));
        }
        if (draft.Date is null && candidate.Series is { } series && earlier.FirstOrDefault(d => d.Candidate == series && d.Candidate.Sentence == candidate.Sentence) is { Date: { } seriesDate })
        {
            // "On the same day ... the 24th meeting for X, the 15th for Y": sittings told together share their day.
            draft.Date = seriesDate;
        }
        if (draft.Date is null && SequenceCue(candidate) && earlier.LastOrDefault(d => d.Date is not null && analysis.Document.Sentences[d.Candidate.Sentence].Paragraph == analysis.Document.Sentences[candidate.Sentence].Paragraph) is { } before)
        {
            draft.Date = new ResolvedDate(before.Date!.Value.Start, null);
        }
        if (draft.Date is null && AlsoCue(candidate) && earlier.LastOrDefault(d => d.Date is not null && d.Role == CitationRole.Primary) is { } same)
        {
            // "Hayashi also co-chaired the ASEAN-Japan Foreign Ministers' Meeting": the same day as what he did before.
            draft.Date = new ResolvedDate(same.Date!.Value.Start, null);
        }
    }

    /// <summary>"on the second (and final) day of his visit": which day of a visit the story's day is, and whether it is the last.</summary>
    private (int Number, bool Last)? DayOfVisit()
    {
        for (var t = 0; t + 4 < tokens.Count; t++)
        {
            if (!tokens[t].Is("day") || !tokens[t + 1].Is("of") || t < 2)
            {
                continue;
            }
            var last = tokens[t - 1].Lower is "final" or "last";
            var ordinalAt = last && t >= 4 && tokens[t - 2].Is("and") ? t - 3 : t - 1;
            var number = tokens[ordinalAt].Lower switch { "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5, _ => 0 };
            var visit = Enumerable.Range(t + 2, Math.Min(6, tokens.Count - t - 2)).Any(i => tokens[i].Lower is "visit" or "trip" or "tour");
            if (number > 0 && visit)
            {
                return (number, last);
            }
        }
        return null;
    }

    /// <summary>"a two-day state visit", "three days of meetings": the number of days the engagement took.</summary>
    private int? Duration(Candidate candidate)
    {
        foreach (var segment in Triggers(candidate))
        {
            for (var t = segment.First; t + 2 < segment.End; t++)
            {
                if (tokens[t + 1].IsSymbol('-') && tokens[t + 2].Is("day") && Number(tokens[t].Lower) is { } n)
                {
                    return n;
                }
            }
        }
        return null;
    }

    private static int? Number(string word) => word switch
    {
        "two" or "2" => 2,
        "three" or "3" => 3,
        "four" or "4" => 4,
        "five" or "5" => 5,
        "six" or "6" => 6,
        "seven" or "7" => 7,
        _ => null,
    };

    /// <summary>"X also chaired ...": the verb of occurrence right after "also" in a trigger segment.</summary>
    private bool AlsoCue(Candidate candidate) => Triggers(candidate).Any(s =>
        Enumerable.Range(s.First, s.End - s.First - 1).Any(t => tokens[t].Is("also") && tokens[t + 1].Lower is "co-chaired" or "chaired" or "attended" or "held" or "met" or "visited" or "hosted" or "led" or "joined" or "co" or "signed"));

    /// <summary>"The exchange followed a four-eyed meeting", "Straight after the ceremony": an undated engagement told as the next step of a dated one.</summary>
    private bool SequenceCue(Candidate candidate) => Triggers(candidate).Any(s =>
        Enumerable.Range(s.First, s.End - s.First).Any(t => tokens[t].Lower is "followed" or "after" or "afterwards" or "then"));

    private void FillPlace(Draft draft)
    {
        var candidate = draft.Candidate;
        foreach (var segment in Triggers(candidate))
        {
            foreach (var cue in analysis.Topics.Cues(segment.First, segment.End).Where(c => c.Value == "virtual"))
            {
                draft.Virtual = true;
                draft.Cite(EngagementField.Virtual, tokens[cue.FirstToken].Start, tokens[cue.EndToken - 1].End, 0.9);
            }
        }
        foreach (var segment in Triggers(candidate))
        {
            var trigger = TriggerToken(candidate, segment);
            if (Venue(segment) is { } venue)
            {
                SetPlace(draft, venue.City, venue.Country, venue.Start, venue.End, 0.9);
                return;
            }
            var place = PlacesIn(segment).Where(IsStrongPlace)
                .OrderBy(p => p.FirstToken >= trigger ? p.FirstToken - trigger : (trigger - p.FirstToken) + 4)
                .FirstOrDefault();
            if (place is not null)
            {
                var city = Choose(place);
                SetPlace(draft, city.Name, city.Country, tokens[place.FirstToken].Start, tokens[place.EndToken - 1].End, 0.85);
                return;
            }
            if (Capital(segment) is { } capital)
            {
                SetPlace(draft, capital.City, capital.Country, capital.Start, capital.End, 0.75);
                return;
            }
        }
        foreach (var segment in Triggers(candidate))
        {
            if (CountryOnly(segment, candidate.Kind == EngagementKind.Visit) is { } country)
            {
                draft.Country = country.Actor;
                draft.Cite(EngagementField.Country, tokens[country.FirstToken].Start, tokens[country.EndToken - 1].End, 0.7, country.Actor.Value);
                return;
            }
        }
    }

    /// <summary>
    /// An engagement the document reports with no place of its own happened where the dateline is, unless it was
    /// held by video: "MANILA, Dec. 14 -- Foreign Affairs Secretary Yasay received ASEAN Secretary General Le Luong Minh on Tuesday".
    /// </summary>
    private void PlaceFromDateline(Draft draft)
    {
        if (draft.City is not null || draft.Country is not null || draft.Virtual || draft.Role != CitationRole.Primary)
        {
            return;
        }
        // "addressing Southeast Asian leaders by video link ... hosting online from Bandar Seri Begawan": the lead says how it was held.
        if (LeadVirtual() is { } cue)
        {
            draft.Virtual = true;
            draft.Cite(EngagementField.Virtual, tokens[cue.FirstToken].Start, tokens[cue.EndToken - 1].End, 0.6);
        }
        // The lead says where the story happens ("regional defense meetings in Siem Reap", "a week in Japan") when the dateline is the outlet's home.
        if (LeadPlace() is { } lead)
        {
            if (lead.City is { } city)
            {
                SetPlace(draft, city.Name, city.Country, lead.Start, lead.End, 0.6);
            }
            else
            {
                draft.Country = lead.Country;
                draft.Cite(EngagementField.Country, lead.Start, lead.End, 0.6, lead.Country.Value);
            }
            return;
        }
        if (analysis.Dateline is { City: { } home, CitySpan: { } span })
        {
            SetPlace(draft, home.Name, home.Country, span.Start, span.End, 0.5);
        }
    }

    private Recognition.Topics.TopicMention<string>? LeadVirtual()
    {
        var lead = analysis.Document.Paragraphs.FirstOrDefault(p => p.IsBody);
        if (lead is null)
        {
            return null;
        }
        var first = analysis.TokenAt(lead.Start);
        var end = analysis.TokenAt(lead.End);
        for (var sentence = first; sentence < end && sentence < tokens.Count; sentence = analysis.Document.SentenceAt(sentence).EndToken)
        {
            var s = analysis.Document.SentenceAt(sentence);
            if (analysis.Topics.Cues(s.FirstToken, s.EndToken).FirstOrDefault(c => c.Value == "virtual") is { } cue)
            {
                return cue;
            }
        }
        return null;
    }

    /// <summary>The first place the lead paragraph locates something in: a city, a capital, or a country alone.</summary>
    private (City? City, ActorId Country, int Start, int End)? LeadPlace()
    {
        var lead = analysis.Document.Sentences.FirstOrDefault(s => s.IsBody);
        if (lead is null)
        {
            return null;
        }
        var segment = new Segment(lead.Index, Math.Max(lead.FirstToken, Math.Min(lead.EndToken, analysis.Dateline.BodyStartToken)), lead.EndToken, Trigger: true);
        if (segment.First >= segment.End)
        {
            return null;
        }
        if (PlacesIn(segment).FirstOrDefault(IsStrongPlace) is { } place)
        {
            var city = Choose(place);
            return (city, city.Country, tokens[place.FirstToken].Start, tokens[place.EndToken - 1].End);
        }
        if (Capital(segment) is { } capital && model.Places.Gazetteer.Resolve(capital.City, capital.Country) is { } capitalCity)
        {
            return (capitalCity, capital.Country, capital.Start, capital.End);
        }
        if (CountryOnly(segment, visit: true) is { } country && country.Actor != analysis.Dateline.City?.Country)
        {
            return (null, country.Actor, tokens[country.FirstToken].Start, tokens[country.EndToken - 1].End);
        }
        return null;
    }

    private int TriggerToken(Candidate candidate, Segment segment) =>
        candidate.Mentions.FirstOrDefault(m => m.FirstToken >= segment.First && m.FirstToken < segment.End)?.FirstToken ?? segment.First;

    private void SetPlace(Draft draft, string city, ActorId country, int start, int end, double confidence)
    {
        draft.City = city;
        draft.Country = country;
        draft.Cite(EngagementField.City, start, end, confidence, city);
        draft.Cite(EngagementField.Country, start, end, confidence, country.Value);
    }

    /// <summary>Of the places a name may be, the one in the dateline's country when there is one, else the most populous.</summary>
    private City Choose(PlaceMention place) =>
        (analysis.Dateline.Home is { } home ? place.Candidates.FirstOrDefault(c => c.Country == home && c.Population > 0) : null)
        ?? place.Candidates.OrderByDescending(c => c.Population).First();

    private (string City, ActorId Country, int Start, int End)? Venue(Segment segment)
    {
        foreach (var match in model.Venues.FindAll(tokens, segment.First, segment.End))
        {
            if (Locative(match.FirstToken))
            {
                return (match.Value.City, match.Value.Country, tokens[match.FirstToken].Start, tokens[match.EndToken - 1].End);
            }
        }
        return null;
    }

    /// <summary>"here", "in the national capital", "in the Malaysian capital", "the city-state".</summary>
    private (string City, ActorId Country, int Start, int End)? Capital(Segment segment)
    {
        for (var t = segment.First; t < segment.End; t++)
        {
            if (tokens[t].Is("here") && analysis.Dateline.City is { } city && t > segment.First && tokens[t - 1].IsWord && !tokens[t - 1].Is("said"))
            {
                return (city.Name, city.Country, tokens[t].Start, tokens[t].End);
            }
            if (!tokens[t].Is("capital") || t < segment.First + 2 || !tokens[t - 1].IsWord)
            {
                continue;
            }
            if (tokens[t - 1].Is("national") && analysis.Dateline.City is { } home)
            {
                return (home.Name, home.Country, tokens[t - 1].Start, tokens[t].End);
            }
            if (analysis.ActorAt[t - 1] is { } actor && model.Capital(actor.Actor) is { } capital)
            {
                return (capital.Name, capital.Country, tokens[actor.FirstToken].Start, tokens[t].End);
            }
        }
        return null;
    }

    /// <summary>"a visit to Malaysia", "in Japan": a country named as where it happened, with no city.</summary>
    /// <remarks>"in Japan" places a meeting; "to Japan" only a visit ("to invite ASEAN leaders to Japan" is another trip).</remarks>
    private ActorMention? CountryOnly(Segment segment, bool visit)
    {
        for (var t = segment.First + 1; t < segment.End; t++)
        {
            if (analysis.ActorAt[t] is { Form: ActorForm.Name, Possessive: false } actor && actor.FirstToken == t
                && (tokens[t - 1].Is("in") || (visit && tokens[t - 1].Is("to"))) && model.IsState(actor.Actor))
            {
                return actor;
            }
        }
        return null;
    }

    private void FillParticipants(Draft draft)
    {
        var seen = new HashSet<int>();
        foreach (var segment in draft.Candidate.Segments)
        {
            if (!segment.Trigger && Background(segment))
            {
                continue;
            }
            foreach (var mention in analysis.PersonMentions.Where(p => p.Person >= 0 && p.NameFirst >= segment.First && p.NameEnd <= segment.End))
            {
                var person = analysis.People[mention.Person];
                if (!seen.Add(person.Id) || IsBystander(person, mention))
                {
                    continue;
                }
                var title = person.Title?.Text;
                // A known official serves whom the reference data says, whatever a nearby word suggests.
                var affiliation = Serves(person) ?? person.Affiliation ?? Home(person, draft.Country);
                draft.Participants.Add((person.Id, new ExtractedParticipant(person.Name, title, affiliation)));
                draft.Cite(EngagementField.Participants, tokens[mention.NameFirst].Start, tokens[mention.NameEnd - 1].End, 0.85, person.Name);
            }
        }
    }

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
    /// Spokespeople, those recalled as "then Prime Minister", hosts of an invitation ("at the invitation of X",
    /// "at Ding's invitation") and the dead of a mausoleum do not take part.
    /// </summary>
    private bool IsBystander(MentionedPerson person, PersonMention mention)
    {
        if (person.Title?.Text.Contains("spokes", StringComparison.OrdinalIgnoreCase) == true || (mention.First > 0 && tokens[mention.First - 1].Is("then")))
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
        return after + 2 < tokens.Count && tokens[after].IsSymbol('\'') && tokens[after + 1].Is("s") && tokens[after + 2].Is("invitation");
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

    private bool Background(Segment segment) =>
        analysis.Topics.Cues(segment.First, segment.End).Any(c => c.Value == "background");

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
            parties.Add(new ActorId("ASEAN"));
        }
        var aseanMechanism = parties.Contains(new ActorId("ASEAN")) && candidate.Named;
        var affiliations = draft.Participants.Select(p => p.Participant.Affiliation).OfType<ActorId>().Where(model.IsParty);
        // In an ASEAN meeting, officials of member states speak for ASEAN.
        parties.AddRange(aseanMechanism ? affiliations.Where(a => !AseanMembers.Contains(a.Value) && a.Value != "ASEAN" && candidate.NameParties.Count < 2) : affiliations);
        if (candidate.Kind == EngagementKind.Visit && draft.Country is { } destination)
        {
            parties.Add(destination);
        }
        if (parties.Distinct().Count() < 2 && !aseanMechanism)
        {
            // "between the two countries' foreign ministries", "Russia's envoy ... on Michael Tene": the sides the segment names.
            foreach (var segment in Triggers(candidate))
            {
                foreach (var actor in analysis.Actors.Where(a => a.FirstToken >= segment.First && a.EndToken <= segment.End && model.IsParty(a.Actor)))
                {
                    if (!parties.Contains(actor.Actor) && parties.Count < 2)
                    {
                        parties.Add(actor.Actor);
                        draft.Cite(EngagementField.Parties, tokens[actor.FirstToken].Start, tokens[actor.EndToken - 1].End, 0.6, actor.Actor.Value);
                    }
                }
            }
        }
        var distinct = parties.Distinct().ToList();
        parties.Clear();
        parties.AddRange(distinct);
        foreach (var party in parties)
        {
            if (analysis.Actors.FirstOrDefault(a => a.Actor == party && candidate.Mentions.Any(m => a.FirstToken >= m.FirstToken && a.EndToken <= m.EndToken)) is { } named)
            {
                draft.Cite(EngagementField.Parties, tokens[named.FirstToken].Start, tokens[named.EndToken - 1].End, 0.9, party.Value);
            }
        }
    }

    /// <summary>
    /// A meeting placed only in a country ("in Cambodia") took place in the story's city
    /// there: the city of another engagement the story reports in that country, or of its dateline.
    /// </summary>
    private void CitiesOfTheirCountries(List<Draft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.City is null && d.Country is not null && !d.Virtual && d.Role == CitationRole.Primary && d.Kind != EngagementKind.Visit))
        {
            var city = drafts.FirstOrDefault(d => d.City is not null && d.Country == draft.Country && d.Role == CitationRole.Primary)?.City
                ?? (analysis.Dateline.City is { } home && home.Country == draft.Country ? home.Name : null);
            if (city is not null)
            {
                draft.City = city;
            }
        }
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
    /// On a trip, the talks have the topics, not the visit: what a visit's sentences say was discussed or agreed
    /// goes to the first meeting of the trip the story reports, with the same sides.
    /// </summary>
    private static void TopicsOfTheTalks(List<Draft> drafts)
    {
        foreach (var visit in drafts.Where(d => d.Kind == EngagementKind.Visit && d.Role == CitationRole.Primary))
        {
            var talks = drafts.FirstOrDefault(d => d.Kind is not (EngagementKind.Visit or EngagementKind.Signing) && d.Role == CitationRole.Primary
                && d.Parties.ToHashSet().SetEquals(visit.Parties));
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
        if (draft.Participants.Any(p => p.Participant.Affiliation != host))
        {
            draft.Participants.RemoveAll(p => p.Participant.Affiliation == host);
        }
    }

    private void FillKindAndMechanism(Draft draft)
    {
        var candidate = draft.Candidate;
        var parties = draft.Parties;
        var kind = candidate.Kind;
        // The name is looked up before the acronym, and an acronym of another kind is another mechanism's: "the East Asia
        // Summit (EAS) Foreign Ministers' Meeting" is no summit.
        var byName = candidate.Special ? null : model.Mechanisms.ByName(candidate.Name, parties);
        var byAcronym = candidate.Special ? null : model.Mechanisms.ByName(candidate.Acronym, parties);
        var reference = byName ?? (byAcronym is not null && (kind is null || byAcronym.Kind == kind || candidate.Name is null) ? byAcronym : null);
        // A known mechanism is of its kind, whatever its name's last word: the ASEAN Regional Forum meets at ministers' level.
        if (reference is not null && candidate.Named)
        {
            kind = reference.Kind;
        }
        if (kind is null)
        {
            var asean = parties.Contains(new ActorId("ASEAN"));
            reference ??= asean ? model.Mechanisms.ByParties(parties, EngagementKind.SeniorOfficialsMeeting, candidate.TypeWord) : null;
            kind = reference?.Kind
                ?? (asean && candidate.First.Head is "consultation" or "consultations" ? EngagementKind.SeniorOfficialsMeeting
                : candidate.First.Head is "dialogue" && parties.All(model.IsState) ? EngagementKind.BilateralMeeting
                : candidate.First.Head is "dialogue" or "seminar" or "forum" or "conference" or "workshop" or "symposium" ? EngagementKind.Forum
                : parties.Count == 2 ? EngagementKind.BilateralMeeting
                : EngagementKind.Other);
        }
        draft.Kind = kind.Value;
        var trigger = candidate.First;
        draft.Cite(EngagementField.Kind, tokens[trigger.FirstToken].Start, tokens[trigger.EndToken - 1].End, 0.85, Taxonomy<EngagementKind>.Slug(kind.Value));
        if (candidate.Special || (!candidate.Named && candidate.Series is null && candidate.Ordinal is null))
        {
            return;
        }
        reference ??= model.Mechanisms.ByParties(parties, kind.Value, candidate.TypeWord);
        var acronym = candidate.Acronym ?? reference?.Acronym ?? (candidate.Ordinal is not null || reference is not null ? candidate.TypeWord : null);
        if (acronym is null)
        {
            return;
        }
        draft.Mechanism = new ExtractedMechanism(acronym, candidate.Ordinal);
        var named = candidate.Mentions.FirstOrDefault(m => m.Source == EventSource.Named) ?? candidate.First;
        draft.Cite(EngagementField.Mechanism, tokens[named.FirstToken].Start, tokens[named.EndToken - 1].End, candidate.Acronym is null ? 0.7 : 0.95, acronym);
        if (candidate.Ordinal is { } ordinal)
        {
            draft.Cite(EngagementField.Ordinal, tokens[named.FirstToken].Start, tokens[named.FirstToken].End, 0.9, ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Mentioned, not reported: its date lies a week or more before the dateline, or after it; or, with no day,
    /// its month lies before the dateline's ("held in February" in April); or its words place it before or after.
    /// </summary>
    private void FillRole(Draft draft)
    {
        var published = analysis.Dateline.Anchor;
        var cues = Triggers(draft.Candidate).SelectMany(s => analysis.Topics.Cues(s.First, s.End)).Select(c => c.Value).ToHashSet();
        bool mentioned;
        if (draft.Date is { } date && published is { } p)
        {
            mentioned = date.Start < p.AddDays(-6) || date.Start > p;
        }
        else if (published is { } q && MonthOnly(draft.Candidate) is { } month)
        {
            mentioned = month.Year < q.Year || (month.Year == q.Year && month.Month != q.Month);
        }
        else if (published is null && MonthMention(draft.Candidate) is { } named && analysis.LeadMonth is { } lead)
        {
            // A story with no year: "on February 21" in the lead; "the phone talks ... in August" are another time.
            mentioned = named != lead;
        }
        else
        {
            mentioned = cues.Contains("past") || cues.Contains("future");
        }
        draft.Role = mentioned ? CitationRole.Mentioned : CitationRole.Primary;
    }

    /// <summary>The month of a trigger segment's date written without a day, year or none: "in August".</summary>
    private int? MonthMention(Candidate candidate) =>
        Triggers(candidate).SelectMany(DatesIn).Select(d => d.Mention).FirstOrDefault(m => m is { Day: null, Month: not null, Weekday: null })?.Month;

    /// <summary>The month and year of a trigger segment's date written without a day: "in February", "in October 2024".</summary>
    private (int Year, int Month)? MonthOnly(Candidate candidate)
    {
        foreach (var segment in Triggers(candidate))
        {
            foreach (var (mention, _) in DatesIn(segment))
            {
                if (mention is { Day: null, Month: { } month, Weekday: null } && (mention.Year ?? analysis.Dateline.Year) is { } year)
                {
                    return (year + mention.YearShift, month);
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
            foreach (var plan in analysis.Topics.Plans(segment.First, segment.End))
            {
                draft.Plans.Add(plan.Value);
                draft.Cite(EngagementField.Plans, tokens[plan.FirstToken].Start, tokens[plan.EndToken - 1].End, 0.8, plan.Value);
            }
        }
    }

    /// <summary>
    /// Who takes a stance: the partner the sentence names before it ("Russia's support for", "Korea backs"),
    /// else the partner of the people speaking in it, else every partner of the engagement.
    /// </summary>
    /// <summary>Whether only a comma or "and" stands between two names: "China, Japan and South Korea".</summary>
    private bool Coordinated(int end, int next) =>
        next > end && Enumerable.Range(end, next - end).All(t => tokens[t].IsSymbol(',') || tokens[t].Lower is "and" or "the");

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

    /// <summary>Same kind, same day, same sides: one engagement told twice.</summary>
    private static List<Draft> Deduplicate(List<Draft> drafts)
    {
        var kept = new List<Draft>();
        foreach (var draft in drafts)
        {
            var twin = kept.FirstOrDefault(k => k.Kind == draft.Kind && k.Date is not null && k.Date == draft.Date
                && k.Parties.Count > 0 && k.Parties.OrderBy(p => p).SequenceEqual(draft.Parties.OrderBy(p => p))
                && (k.Mechanism is null || draft.Mechanism is null || (k.Mechanism.Acronym == draft.Mechanism.Acronym && (k.Mechanism.Ordinal is null || draft.Mechanism.Ordinal is null || k.Mechanism.Ordinal == draft.Mechanism.Ordinal))))
                ?? kept.FirstOrDefault(k => SameVisit(k, draft))
                ?? kept.FirstOrDefault(k => PartOfForum(k, draft));
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

    private static string Iso(DateOnly date) => IsoDate.Format(date);
}
