using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>How many engagements each partner had with ASEAN each year: the dashboard's heatmap, partners as rows.</summary>
public sealed record EngagementHeatmap(IReadOnlyList<int> Years, IReadOnlyList<HeatmapRow> Rows)
{
    /// <summary>The partners' counts over the years the visible engagements span, at most the last <paramref name="years"/>.</summary>
    public static Task<EngagementHeatmap> BuildAsync(IChanceryStore store, IReadOnlyList<PartnerSummary> partners, Classification clearance, int years, CancellationToken cancellationToken = default) =>
        store.ReadAsync(async (reader, ct) =>
        {
            var counts = new List<(Actor Partner, Dictionary<int, int> PerYear)>();
            foreach (var partner in partners.Where(p => p.Engagements > 0))
            {
                var page = await reader.FindEngagementsAsync(new EngagementQuery { Party = partner.Partner.Id, Clearance = clearance }, ct);
                counts.Add((partner.Partner, page.Rows.Where(r => r.When is not null).GroupBy(r => r.When!.Value.Start.Year).ToDictionary(g => g.Key, g => g.Count())));
            }
            var all = counts.SelectMany(c => c.PerYear.Keys).ToList();
            if (all.Count == 0)
            {
                return new EngagementHeatmap([], []);
            }
            var last = all.Max();
            var first = Math.Max(all.Min(), last - years + 1);
            var span = Enumerable.Range(first, last - first + 1).ToList();
            return new EngagementHeatmap(span, [.. counts.Select(c => new HeatmapRow(c.Partner, [.. span.Select(y => c.PerYear.GetValueOrDefault(y))]))]);
        }, cancellationToken);
}

