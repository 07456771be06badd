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

    /// <summary>
    /// Every partner with its engagement count from the store's tally, and the day of its newest engagement, looked for
    /// within the year the tally says it fell in (so that no partner's whole log is counted).
    /// </summary>
    public static Task<IReadOnlyList<PartnerSummary>> ListAsync(IChanceryStore store, DateOnly today, Classification clearance, CancellationToken cancellationToken = default) =>
        store.ReadAsync<IReadOnlyList<PartnerSummary>>(async (reader, ct) =>
        {
            var actors = new ActorDirectory(await reader.ActorsAsync(ct));
            var tally = (await reader.TallyAsync(clearance, cancellationToken: ct)).ToLookup(t => t.Actor);
            var summaries = new List<PartnerSummary>();
            foreach (var partnership in await reader.PartnershipsAsync(ct))
            {
                var ofPartner = tally[partnership.Partner].ToList();
                var lastYear = ofPartner.Max(t => t.Year);
                var newest = ofPartner.Count == 0 ? new EngagementPage([], 0) : await reader.FindEngagementsAsync(new EngagementQuery
                {
                    Party = partnership.Partner,
                    Since = lastYear is { } year ? new DateOnly(year, 1, 1) : null,
                    Until = lastYear is { } end ? new DateOnly(end, 12, 31) : null,
                    Clearance = clearance,
                    Limit = 1,
                    Counted = false,
                }, ct);
                summaries.Add(Summary(actors, partnership, today, newest) with { Engagements = ofPartner.Sum(t => t.Engagements) });
            }
            return [.. summaries
                .OrderByDescending(s => s.Partnership.Current.Status)
                .ThenBy(s => s.Partnership.History[0].Since)
                .ThenBy(s => s.Partner.Name, StringComparer.Ordinal)];
        }, cancellationToken);

    private static PartnerSummary Summary(ActorDirectory actors, Partnership partnership, DateOnly today, EngagementPage newest) => new(
        actors[partnership.Partner] ?? new Actor(partnership.Partner, ActorKind.State, partnership.Partner.Value, partnership.Partner.Value),
        partnership,
        partnership.CoordinatorOn(today) ?? partnership.Coordinators.LastOrDefault(),
        newest.Total,
        newest.Rows.FirstOrDefault()?.When?.Start);
}
