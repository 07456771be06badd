using Chancery.Domain;

namespace Chancery.App.Ingestion;

/// <summary>
/// Another source's report of an engagement the store holds. Its citation is always kept. A draft takes what it
/// lacked (a date, a city, more people or sectors); a value that differs from the one it holds is raised as a
/// flag for review, never written over. A confirmed record changes in nothing: all that is new becomes flags.
/// A rejected one only keeps the citation.
/// </summary>
internal static class EngagementMerge
{
    public static EngagementMergeResult Into(Engagement stored, Engagement incoming)
    {
        var citation = incoming.Citations[0];
        var citations = stored.Citations.Any(c => c.Source == citation.Source) ? stored.Citations : [.. stored.Citations, citation];
        if (stored.Review == ReviewState.Rejected)
        {
            return new EngagementMergeResult(stored with { Citations = citations }, citation, [], FieldsChanged: false);
        }
        var raised = new List<ReviewFlag>();
        void Flag(EngagementField field, string? proposed)
        {
            if (!string.IsNullOrWhiteSpace(proposed) && !stored.Flags.Contains(new ReviewFlag(field, proposed, citation.Source)))
            {
                raised.Add(new ReviewFlag(field, proposed, citation.Source));
            }
        }
        var draft = stored.Review == ReviewState.Draft;
        var changed = false;
        // A single value: the draft takes it if it had none; else a different one is flagged. Spelt only when offered.
        T Take<T>(T held, T offered, EngagementField field, Func<T, string> spell)
        {
            if (offered is null || EqualityComparer<T>.Default.Equals(held, offered))
            {
                return held;
            }
            if (held is null && draft)
            {
                changed = true;
                return offered;
            }
            Flag(field, spell(offered));
            return held;
        }
        var when = Take(stored.When, incoming.When, EngagementField.Date, w => $"{w}");
        if (incoming.Kind != stored.Kind)
        {
            Flag(EngagementField.Kind, Taxonomy<EngagementKind>.Slug(incoming.Kind));
        }
        var sitting = Take(stored.Sitting, incoming.Sitting, EngagementField.Mechanism, s => s!.Ordinal is { } n ? $"{s.Mechanism} {n}" : s.Mechanism.Value);
        var city = Take(stored.Place.City, incoming.Place.City, EngagementField.City, c => c!);
        var country = Take(stored.Place.Country, incoming.Place.Country, EngagementField.Country, c => c!.Value.Value);
        var parties = Union(stored.Parties, incoming.Parties, draft, p => Flag(EngagementField.Parties, p.Value), ref changed);
        var sectors = Union(stored.Sectors, incoming.Sectors, draft, s => Flag(EngagementField.Sectors, Taxonomy<Sector>.Slug(s)), ref changed);
        var stances = Union(stored.Stances, incoming.Stances, draft, s => Flag(EngagementField.Stances, $"{s.Actor} {Taxonomy<Stance>.Slug(s.Stance)}"), ref changed);
        var plans = Union(stored.Plans, incoming.Plans, draft, p => Flag(EngagementField.Plans, p.Value), ref changed);
        var participants = stored.Participants.ToList();
        foreach (var participant in incoming.Participants.Where(p => !stored.Participants.Any(s => s.Person == p.Person)))
        {
            if (draft)
            {
                participants.Add(participant);
                changed = true;
            }
            else
            {
                Flag(EngagementField.Participants, participant.Name);
            }
        }
        var merged = stored with
        {
            When = when,
            Sitting = sitting,
            Place = stored.Place with { City = city, Country = country },
            Parties = parties,
            Participants = participants,
            Sectors = sectors,
            Stances = stances,
            Plans = plans,
            Citations = citations,
            Flags = [.. stored.Flags, .. raised],
        };
        return new EngagementMergeResult(merged, citation, raised, changed);
    }

    /// <summary>What a draft holds and what the report adds; for a confirmed record, what it holds, the rest flagged.</summary>
    private static List<T> Union<T>(IReadOnlyList<T> held, IReadOnlyList<T> offered, bool draft, Action<T> flag, ref bool changed)
    {
        var union = held.ToList();
        foreach (var item in offered.Where(o => !held.Contains(o)))
        {
            if (draft)
            {
                union.Add(item);
                changed = true;
            }
            else
            {
                flag(item);
            }
        }
        return union;
    }
}
