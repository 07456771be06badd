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
    public static Engagement Into(Engagement stored, Engagement incoming)
    {
        var citation = incoming.Citations[0];
        var citations = stored.Citations.Any(c => c.Source == citation.Source) ? stored.Citations : [.. stored.Citations, citation];
        if (stored.Review == ReviewState.Rejected)
        {
            return stored with { Citations = citations };
        }
        var flags = new List<ReviewFlag>(stored.Flags);
        void Flag(EngagementField field, string? proposed)
        {
            if (!string.IsNullOrWhiteSpace(proposed))
            {
                flags.Add(new ReviewFlag(field, proposed, citation.Source));
            }
        }
        var draft = stored.Review == ReviewState.Draft;
        T? Take<T>(T? held, T? offered, EngagementField field, Func<T, string> spell) where T : class
        {
            if (offered is null || Equals(held, offered))
            {
                return held;
            }
            if (held is null && draft)
            {
                return offered;
            }
            Flag(field, spell(offered));
            return held;
        }
        DateSpan? when = stored.When;
        if (incoming.When is { } offeredWhen && offeredWhen != stored.When)
        {
            if (stored.When is null && draft)
            {
                when = offeredWhen;
            }
            else
            {
                Flag(EngagementField.Date, offeredWhen.ToString());
            }
        }
        if (incoming.Kind != stored.Kind)
        {
            Flag(EngagementField.Kind, Taxonomy<EngagementKind>.Slug(incoming.Kind));
        }
        var sitting = Take(stored.Sitting, incoming.Sitting, EngagementField.Mechanism, s => s.Ordinal is { } n ? $"{s.Mechanism} {n}" : s.Mechanism.Value);
        var city = Take(stored.Place.City, incoming.Place.City, EngagementField.City, c => c);
        var country = stored.Place.Country;
        if (incoming.Place.Country is { } offeredCountry && offeredCountry != country)
        {
            if (country is null && draft)
            {
                country = offeredCountry;
            }
            else
            {
                Flag(EngagementField.Country, offeredCountry.Value);
            }
        }
        var parties = Union(stored.Parties, incoming.Parties, draft, p => Flag(EngagementField.Parties, p.Value));
        var sectors = Union(stored.Sectors, incoming.Sectors, draft, s => Flag(EngagementField.Sectors, Taxonomy<Sector>.Slug(s)));
        var stances = Union(stored.Stances, incoming.Stances, draft, s => Flag(EngagementField.Stances, $"{s.Actor} {Taxonomy<Stance>.Slug(s.Stance)}"));
        var plans = Union(stored.Plans, incoming.Plans, draft, p => Flag(EngagementField.Plans, p.Value));
        var participants = stored.Participants.ToList();
        foreach (var participant in incoming.Participants.Where(p => !stored.Participants.Any(s => s.Person == p.Person)))
        {
            if (draft)
            {
                participants.Add(participant);
            }
            else
            {
                Flag(EngagementField.Participants, participant.Name);
            }
        }
        return stored with
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
            Flags = flags,
        };
    }

    /// <summary>What a draft holds and what the report adds; for a confirmed record, what it holds, the rest flagged.</summary>
    private static List<T> Union<T>(IReadOnlyList<T> held, IReadOnlyList<T> offered, bool draft, Action<T> flag)
    {
        var union = held.ToList();
        foreach (var item in offered.Where(o => !held.Contains(o)))
        {
            if (draft)
            {
                union.Add(item);
            }
            else
            {
                flag(item);
            }
        }
        return union;
    }
}
