using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Analytics;

/// <summary>
/// A partner's relationship year by year, within a reader's clearance: engagements by kind (from the store's tally) and
/// by sector, and the intensity series they make. Two partners' analytics side by side compare them.
/// </summary>
public sealed record PartnerAnalytics(Actor Partner, IReadOnlyList<PartnerYear> Years)
{
    /// <returns>Null when the store knows no such actor.</returns>
    public static Task<PartnerAnalytics?> BuildAsync(IChanceryStore store, ActorId partner, Classification clearance, CancellationToken cancellationToken = default) =>
        store.ReadAsync(async (reader, ct) =>
        {
            if ((await reader.ActorsAsync(ct)).FirstOrDefault(a => a.Id == partner) is not { } actor)
            {
                return null;
            }
            var kinds = (await reader.TallyAsync(clearance, partner, ct)).Where(t => t.Year is not null).ToLookup(t => t.Year!.Value);
            var sectors = (await reader.EngagementsPerSectorAndYearAsync(partner, clearance, int.MaxValue, ct)).ToLookup(s => s.Year);
            var years = kinds.Select(k => k.Key).Concat(sectors.Select(s => s.Key)).Distinct().Order().ToList();
            var span = years.Count == 0 ? [] : Enumerable.Range(years[0], years[^1] - years[0] + 1);
            return new PartnerAnalytics(actor, [.. span.Select(year => new PartnerYear(
                year,
                kinds[year].GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.Sum(t => t.Engagements)),
                sectors[year].ToDictionary(s => s.Sector, s => s.Engagements)))]);
        }, cancellationToken);
}
