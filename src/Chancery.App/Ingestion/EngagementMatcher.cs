using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Ingestion;

/// <summary>
/// Finds the engagement the store already holds that a new report is about: the same numbered sitting of a
/// mechanism; or one of the same kind within a day of it that shares a participant, else a partner (beyond the
/// association every engagement has) when one of the reports names no one. An undated report without a sitting
/// matches nothing: too little to go by. Engagements the same source already reports are others: a document tells
/// two calls of one day apart. Candidates are compared in outline; the one found is read without its citations and flags
/// (see <see cref="IStoreReader.EngagementFieldsAsync"/>).
/// </summary>
internal static class EngagementMatcher
{
    /// <summary>The association all of whose engagements share it as a side: sharing it says nothing.</summary>
    private static readonly ActorId Asean = new("ASEAN");

    public static async Task<Engagement?> FindAsync(IStoreReader reader, Engagement incoming, Id<Source> source, CancellationToken cancellationToken)
    {
        var found = await FindOutlineAsync(reader, incoming, source, cancellationToken);
        return found is null ? null : await reader.EngagementFieldsAsync(found.Id, cancellationToken);
    }

    private static async Task<EngagementOutline?> FindOutlineAsync(IStoreReader reader, Engagement incoming, Id<Source> source, CancellationToken cancellationToken)
    {
        if (incoming.Sitting is { Ordinal: { } ordinal } sitting)
        {
            var same = await reader.OutlinesAsync(new OutlineQuery { Mechanism = sitting.Mechanism, Ordinal = ordinal, NotCitedBy = source }, cancellationToken);
            if (same.Count > 0)
            {
                return same[0];
            }
        }
        if (incoming.When is not { } when)
        {
            return null;
        }
        var near = await reader.OutlinesAsync(new OutlineQuery
        {
            Kind = incoming.Kind,
            Since = when.Start.AddDays(-1),
            Until = when.Last.AddDays(1),
            NotCitedBy = source,
        }, cancellationToken);
        var people = incoming.Participants.Select(p => p.Person).ToHashSet();
        return near.FirstOrDefault(stored => stored.People.Any(people.Contains))
            ?? near.FirstOrDefault(stored => SharesPartner(stored, incoming));
    }

    /// <summary>A partner in common, when one of the two names no one: two reports naming different people are of different meetings.</summary>
    private static bool SharesPartner(EngagementOutline stored, Engagement incoming) =>
        (stored.People.Count == 0 || incoming.Participants.Count == 0)
        && (stored.Parties.Where(p => p != Asean).Intersect(incoming.Parties).Any() || (stored.Parties.Count > 0 && stored.Parties.SequenceEqual(incoming.Parties)));
}
