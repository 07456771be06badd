using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>ASEAN's partners, highest standing first, with their coordinators and engagement counts.</summary>
public static class PartnerDirectory
{
    /// <summary>
    /// One partner's summary with the newest of its engagements (one query gives both the page and the count); null
    /// when the actor is no partner.
    /// </summary>
    public static Task<(PartnerSummary Summary, EngagementPage Engagements)?> FindAsync(IChanceryStore store, ActorId partner, DateOnly today, Classification clearance, int engagements, CancellationToken cancellationToken = default) =>
        store.ReadAsync<(PartnerSummary, EngagementPage)?>(async (reader, ct) =>
        {
            if ((await reader.PartnershipsAsync(ct)).FirstOrDefault(p => p.Partner == partner) is not { } partnership)
            {
                return null;
            }
            var page = await reader.FindEngagementsAsync(new EngagementQuery { Party = partner, Clearance = clearance, Limit = Math.Max(1, engagements) }, ct);
            return (Summary(new ActorDirectory(await reader.ActorsAsync(ct)), partnership, today, page), page);
        }, cancellationToken);

    public static Task<IReadOnlyList<PartnerSummary>> ListAsync(IChanceryStore store, DateOnly today, Classification clearance, CancellationToken cancellationToken = default) =>
        store.ReadAsync<IReadOnlyList<PartnerSummary>>(async (reader, ct) =>
        {
            var actors = new ActorDirectory(await reader.ActorsAsync(ct));
            var summaries = new List<PartnerSummary>();
            foreach (var partnership in await reader.PartnershipsAsync(ct))
            {
                summaries.Add(await SummaryAsync(reader, actors, partnership, today, clearance, ct));
            }
            return [.. summaries
                .OrderByDescending(s => s.Partnership.Current.Status)
                .ThenBy(s => s.Partnership.History[0].Since)
                .ThenBy(s => s.Partner.Name, StringComparer.Ordinal)];
        }, cancellationToken);

    private static async Task<PartnerSummary> SummaryAsync(IStoreReader reader, ActorDirectory actors, Partnership partnership, DateOnly today, Classification clearance, CancellationToken cancellationToken) =>
        Summary(actors, partnership, today, await reader.FindEngagementsAsync(new EngagementQuery { Party = partnership.Partner, Clearance = clearance, Limit = 1 }, cancellationToken));

    private static PartnerSummary Summary(ActorDirectory actors, Partnership partnership, DateOnly today, EngagementPage newest) => new(
        actors[partnership.Partner] ?? new Actor(partnership.Partner, ActorKind.State, partnership.Partner.Value, partnership.Partner.Value),
        partnership,
        partnership.CoordinatorOn(today) ?? partnership.Coordinators.LastOrDefault(),
        newest.Total,
        newest.Rows.FirstOrDefault()?.When?.Start);
}
