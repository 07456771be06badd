using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Recognition.Places;

namespace Chancery.Extraction.Assembly;

/// <summary>The finisher's places: where each engagement was, from its words, its venue, the lead or the dateline, and whether by video.</summary>
internal sealed partial class EngagementFinisher
{
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
            && !(place.EndToken < tokens.Length && tokens[place.EndToken].IsCapitalised && tokens[place.EndToken].SpaceBefore && !IsCountryAfter(place));
    }

    private bool IsCountryAfter(PlaceMention place) =>
        place.EndToken < tokens.Length && analysis.ActorAt[place.EndToken] is { Form: ActorForm.Name };

    private void FillPlace(Draft draft)
    {
        var candidate = draft.Candidate;
        foreach (var segment in candidate.TriggerSegments)
        {
            foreach (var cue in analysis.Topics.Cues(segment.First, segment.End))
            {
                if (cue.Value != "virtual")
                {
                    continue;
                }
                draft.Virtual = true;
                draft.Cite(EngagementField.Virtual, tokens[cue.FirstToken].Start, tokens[cue.EndToken - 1].End, 0.9);
            }
        }
        foreach (var segment in candidate.TriggerSegments)
        {
            var trigger = TriggerToken(candidate, segment);
            if (Venue(segment) is { } venue)
            {
                SetPlace(draft, venue.City, venue.Country, venue.Start, venue.End, 0.9);
                return;
            }
            if (NearestStrongPlace(segment, trigger) is { } place)
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
        foreach (var segment in candidate.TriggerSegments)
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
        for (var sentence = first; sentence < end && sentence < tokens.Length; sentence = analysis.Document.SentenceAt(sentence).EndToken)
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

    /// <summary>The strong place of the segment nearest its trigger: after it first, one before it counting four tokens farther; of places as near, the first.</summary>
    /// <remarks>A loop, not a query: asked for every trigger segment of every draft.</remarks>
    private PlaceMention? NearestStrongPlace(Segment segment, int trigger)
    {
        PlaceMention? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var place in PlacesIn(segment))
        {
            var distance = place.FirstToken >= trigger ? place.FirstToken - trigger : (trigger - place.FirstToken) + 4;
            if (distance < nearestDistance && IsStrongPlace(place))
            {
                nearest = place;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    /// <summary>The first token of the candidate's first mention in the segment, else the segment's first.</summary>
    private static int TriggerToken(Candidate candidate, Segment segment)
    {
        foreach (var mention in candidate.Mentions)
        {
            if (mention.FirstToken >= segment.First && mention.FirstToken < segment.End)
            {
                return mention.FirstToken;
            }
        }
        return segment.First;
    }

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
}
