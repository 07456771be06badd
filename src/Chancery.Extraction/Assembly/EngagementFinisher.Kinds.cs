using Chancery.Domain;
using Chancery.Extraction.Output;
using Chancery.Extraction.Recognition.Events;
using Chancery.Extraction.Recognition.Topics;

namespace Chancery.Extraction.Assembly;

/// <summary>The finisher's kinds and roles: what each engagement was, of which mechanism, and whether the story reports or mentions it.</summary>
internal sealed partial class EngagementFinisher
{
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
        if (reference is not null && candidate.Named && !candidate.AtLevel)
        {
            kind = reference.Kind;
        }
        if (kind is null)
        {
            var asean = parties.Contains(Asean);
            reference ??= asean ? model.Mechanisms.ByParties(parties, EngagementKind.SeniorOfficialsMeeting, candidate.TypeWord) : null;
            kind = reference?.Kind
                ?? (asean && candidate.First.Head is "consultation" or "consultations" ? EngagementKind.SeniorOfficialsMeeting
                : candidate.First.Head is "dialogue" && parties.All(model.IsState) ? EngagementKind.BilateralMeeting
                : candidate.First.Head is "dialogue" or "seminar" or "forum" or "conference" or "workshop" or "symposium" ? EngagementKind.Forum
                : parties.Count == 2 ? EngagementKind.BilateralMeeting
                : EngagementKind.Other);
        }
        if (kind == EngagementKind.BilateralMeeting && !candidate.Named && parties.Count == 2
            && parties.Any(side => model.IsSeat(draft.City, side) && draft.Participants.Any(p => p.Participant.Affiliation == side)))
        {
            // "Albanese is also scheduled to meet ASEAN Secretary-General Lim Jock Hoi" in Jakarta: a visitor's meeting
            // with an organisation's leadership at its seat is a call on it.
            kind = EngagementKind.CourtesyCall;
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
        bool mentioned;
        if (draft.Date is { } date && published is { } p)
        {
            mentioned = BeforeTheStory(date) || date.Start > p;
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
            mentioned = TellsAnotherTime(draft.Candidate);
        }
        draft.Role = mentioned ? CitationRole.Mentioned : CitationRole.Primary;
    }

    /// <summary>Whether a trigger segment has a cue of the past or the future ("last year", "will visit"), other than the "then" of a sequence.</summary>
    private bool TellsAnotherTime(Candidate candidate)
    {
        foreach (var segment in candidate.TriggerSegments)
        {
            foreach (var cue in analysis.Topics.Cues(segment.First, segment.End))
            {
                if (cue.Value is "past" or "future" && !IsSequence(cue))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// "The Joint Committee ... Its 16th meeting took place in Hanoi in August 2018", after "the 18th India-Viet Nam Joint
    /// Commission Meeting (JCM)": a numbered sitting of the same kind and sides as a series the story names is of that series.
    /// </summary>
    private void SittingsOfTheSeries(List<Draft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.Mechanism is null && d.Candidate.Ordinal is not null && d.Parties.Count > 0))
        {
            var series = drafts.FirstOrDefault(d => d.Mechanism?.Acronym is not null && d.Kind == draft.Kind && d.Parties.ToHashSet().SetEquals(draft.Parties));
            if (series is not null)
            {
                draft.Mechanism = new ExtractedMechanism(series.Mechanism!.Acronym, draft.Candidate.Ordinal);
                var numbered = draft.Candidate.Mentions.FirstOrDefault(m => m.Ordinal is not null) ?? draft.Candidate.First;
                draft.Cite(EngagementField.Mechanism, tokens[numbered.FirstToken].Start, tokens[numbered.EndToken - 1].End, 0.6, series.Mechanism.Acronym);
            }
        }
    }

    /// <summary>A date a week or more before the dateline's: an engagement of the story's past, not of its news.</summary>
    private bool BeforeTheStory(ResolvedDate date) => analysis.Dateline.Anchor is { } published && date.Start < published.AddDays(-6);

    /// <summary>"Lavrov then held talks": "then" before a verb tells what came next, not a time gone by ("then Prime Minister").</summary>
    private bool IsSequence(TopicMention<string> cue) =>
        cue.Value == "past" && tokens[cue.FirstToken].Is("then") && cue.EndToken < tokens.Length && tokens[cue.EndToken] is { IsWord: true, IsCapitalised: false };

    /// <summary>
    /// "While in Jakarta, Albanese is also scheduled to meet the Secretary-General", "Later in the day Jaishankar is to pay a
    /// courtesy call on the Prime Minister": what is yet to come on the trip the story reports is part of what it reports.
    /// </summary>
    private static void ScheduledOnTheTrip(List<Draft> drafts)
    {
        foreach (var visit in drafts.Where(d => d.Kind == EngagementKind.Visit && d.Role == CitationRole.Primary && d.Date is not null && d.Country is not null))
        {
            var last = visit.Date!.Value.End ?? visit.Date.Value.Start;
            foreach (var draft in drafts.Where(d => d != visit && d.Role == CitationRole.Mentioned && d.Kind is EngagementKind.CourtesyCall or EngagementKind.BilateralMeeting
                && (d.Country is null || d.Country == visit.Country) && (d.Date is null || (d.Date.Value.Start >= visit.Date.Value.Start && d.Date.Value.Start <= last))
                && (d.Participants.Any(p => visit.Participants.Any(v => v.Person == p.Person)) || (d.Parties.Count > 0 && d.Parties.ToHashSet().SetEquals(visit.Parties)))))
            {
                draft.Role = CitationRole.Primary;
            }
        }
    }

    /// <summary>The month of a trigger segment's date written without a day, year or none: "in August".</summary>
    private int? MonthMention(Candidate candidate) =>
        candidate.TriggerSegments.SelectMany(DatesIn).Select(d => d.Mention).FirstOrDefault(m => m is { Day: null, Month: not null, Weekday: null })?.Month;

    /// <summary>The month and year of a trigger segment's date written without a day: "in February", "in October 2024".</summary>
    private (int Year, int Month)? MonthOnly(Candidate candidate)
    {
        foreach (var segment in candidate.TriggerSegments)
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
}
