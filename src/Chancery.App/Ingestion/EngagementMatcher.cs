using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Ingestion;

/// <summary>
/// Finds the engagement the store already holds that a new report is about: the same numbered sitting of a
/// mechanism; or one of the same kind within a day of it that shares a participant, else a partner (beyond the
/// association every engagement has) when one of the reports names no one. An undated report without a sitting matches nothing: too little to go by.
/// Engagements the same source already reports are others: a document tells two calls of one day apart.
/// </summary>
internal static class EngagementMatcher
{
    /// <summary>The association all of whose engagements share it as a side: sharing it says nothing.</summary>
    private static readonly ActorId Asean = new("ASEAN");

    public static async Task<Engagement?> FindAsync(IStoreReader reader, Engagement incoming, Id<Source> source, CancellationToken cancellationToken)
    {
        if (incoming.Sitting is { Ordinal: not null } sitting)
        {
            var sittings = await reader.FindEngagementsAsync(new EngagementQuery { Mechanism = sitting.Mechanism, Clearance = Classification.Confidential }, cancellationToken);
            var same = await reader.EngagementsWithoutEvidenceAsync([.. sittings.Rows.Where(r => r.Sitting?.Ordinal == sitting.Ordinal).Select(r => r.Id)], cancellationToken);
            if (same.FirstOrDefault(stored => !CitedBy(stored, source)) is { } sameSitting)
            {
                return sameSitting;
            }
        }
        if (incoming.When is not { } when)
        {
            return null;
        }
        var near = await reader.FindEngagementsAsync(new EngagementQuery
        {
            Kind = incoming.Kind,
            Since = when.Start.AddDays(-1),
            Until = when.Last.AddDays(1),
            Clearance = Classification.Confidential,
            Limit = 200,
        }, cancellationToken);
        var candidates = (await reader.EngagementsWithoutEvidenceAsync([.. near.Rows.Select(r => r.Id)], cancellationToken))
            .Where(stored => stored.When is { } held && held.IsNear(when, slackDays: 1) && !CitedBy(stored, source))
            .ToList();
        return candidates.FirstOrDefault(stored => SharesParticipant(stored, incoming)) ?? candidates.FirstOrDefault(stored => SharesPartner(stored, incoming));
    }

    private static bool CitedBy(Engagement engagement, Id<Source> source) => engagement.Citations.Any(c => c.Source == source);

    private static bool SharesParticipant(Engagement stored, Engagement incoming) =>
        stored.Participants.Select(p => p.Person).Intersect(incoming.Participants.Select(p => p.Person)).Any();

    /// <summary>A partner in common, when one of the two names no one: two reports naming different people are of different meetings.</summary>
    private static bool SharesPartner(Engagement stored, Engagement incoming) =>
        (stored.Participants.Count == 0 || incoming.Participants.Count == 0) && (stored.Parties.Where(p => p != Asean).Intersect(incoming.Parties).Any()
        || (stored.Parties.Count > 0 && stored.Parties.SequenceEqual(incoming.Parties)));
}
