using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>How many engagements each partner had with ASEAN each year: the dashboard's heatmap, partners as rows.</summary>
public sealed record EngagementHeatmap(IReadOnlyList<int> Years, IReadOnlyList<HeatmapRow> Rows)
{
    /// <summary>The partners' counts over the years the visible engagements span, at most the last <paramref name="years"/>.</summary>
    public static async Task<EngagementHeatmap> BuildAsync(IChanceryStore store, IReadOnlyList<PartnerSummary> partners, Classification clearance, int years, CancellationToken cancellationToken = default)
    {
        var counts = (await store.ReadAsync((reader, ct) => reader.TallyAsync(clearance, cancellationToken: ct), cancellationToken))
            .Where(t => t.Year is not null)
            .GroupBy(t => (t.Actor, Year: t.Year!.Value), (key, tallies) => (key.Actor, key.Year, Engagements: tallies.Sum(t => t.Engagements)))
            .ToLookup(c => c.Actor);
        var shown = partners.Where(p => counts[p.Partner.Id].Any()).ToList();
        var all = shown.SelectMany(p => counts[p.Partner.Id]).Select(c => c.Year).ToList();
        if (all.Count == 0)
        {
            return new EngagementHeatmap([], []);
        }
        var last = all.Max();
        var first = Math.Max(all.Min(), last - years + 1);
        var span = Enumerable.Range(first, last - first + 1).ToList();
        return new EngagementHeatmap(span, [.. shown.Select(p =>
        {
            var perYear = counts[p.Partner.Id].ToDictionary(c => c.Year, c => c.Engagements);
            return new HeatmapRow(p.Partner, [.. span.Select(y => perYear.GetValueOrDefault(y))]);
        })]);
    }
}
