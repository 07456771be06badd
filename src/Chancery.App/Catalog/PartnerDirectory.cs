using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>ASEAN's partners, highest standing first, with their coordinators and engagement counts.</summary>
public static class PartnerDirectory
{
    public static Task<IReadOnlyList<PartnerSummary>> ListAsync(IChanceryStore store, DateOnly today, Classification clearance, CancellationToken cancellationToken = default) =>
        store.ReadAsync<IReadOnlyList<PartnerSummary>>(async (reader, ct) =>
        {
            var actors = new ActorDirectory(await reader.ActorsAsync(ct));
            var summaries = new List<PartnerSummary>();
            foreach (var partnership in await reader.PartnershipsAsync(ct))
            {
                var latest = await reader.FindEngagementsAsync(new EngagementQuery { Party = partnership.Partner, Clearance = clearance, Limit = 1 }, ct);
                summaries.Add(new PartnerSummary(
                    actors[partnership.Partner] ?? new Actor(partnership.Partner, ActorKind.State, partnership.Partner.Value, partnership.Partner.Value),
                    partnership,
                    partnership.CoordinatorOn(today) ?? partnership.Coordinators.LastOrDefault(),
                    latest.Total,
                    latest.Rows.FirstOrDefault()?.When?.Start));
            }
            return [.. summaries
                .OrderByDescending(s => s.Partnership.Current.Status)
                .ThenBy(s => s.Partnership.History[0].Since)
                .ThenBy(s => s.Partner.Name, StringComparer.Ordinal)];
        }, cancellationToken);
}
