using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// Who met whom: people as nodes, an edge between two who took part in the same engagement, weighted by how often.
/// Read from the newest engagements the reader may see, keeping the people who met most.
/// </summary>
public sealed record MeetingNetwork(IReadOnlyList<NetworkPerson> People, IReadOnlyList<NetworkTie> Ties)
{
    /// <summary>How many of the newest engagements the network view reads: enough for a picture, bounded however large the log.</summary>
    public const int EngagementsRead = 2_000;

    /// <param name="engagements">How many of the newest engagements to read.</param>
    public static Task<MeetingNetwork> BuildAsync(IChanceryStore store, ActorId? partner, Classification clearance, int people, int engagements = EngagementsRead, CancellationToken cancellationToken = default) =>
        store.ReadAsync(async (reader, ct) =>
        {
            var rows = await reader.FindEngagementsAsync(new EngagementQuery { Party = partner, Clearance = clearance, Limit = engagements }, ct);
            return Of(await reader.EngagementsWithoutEvidenceAsync([.. rows.Rows.Select(r => r.Id)], ct), clearance, people);
        }, cancellationToken);

    /// <summary>The network of engagements already found (a partner's page lists them): only their people are read.</summary>
    public static Task<MeetingNetwork> OfAsync(IChanceryStore store, IReadOnlyList<Id<Engagement>> engagements, Classification clearance, int people, CancellationToken cancellationToken = default) =>
        store.ReadAsync(async (reader, ct) => Of(await reader.EngagementsWithoutEvidenceAsync(engagements, ct), clearance, people), cancellationToken);

    private static MeetingNetwork Of(IReadOnlyList<Engagement> read, Classification clearance, int people)
    {
        var ties = new Dictionary<(long, long), int>();
        var named = new Dictionary<long, NetworkPerson>();
        foreach (var engagement in read.Where(e => e.Classification <= clearance))
        {
            var taking = engagement.Participants.DistinctBy(p => p.Person).ToList();
            foreach (var p in taking)
            {
                named[p.Person.Value] = new NetworkPerson(p.Person.Value, p.Name, p.Affiliation?.Value, (named.GetValueOrDefault(p.Person.Value)?.Engagements ?? 0) + 1);
            }
            for (var i = 0; i < taking.Count; i++)
            {
                for (var j = i + 1; j < taking.Count; j++)
                {
                    var key = taking[i].Person.Value < taking[j].Person.Value ? (taking[i].Person.Value, taking[j].Person.Value) : (taking[j].Person.Value, taking[i].Person.Value);
                    ties[key] = ties.GetValueOrDefault(key) + 1;
                }
            }
        }
        var degree = ties.SelectMany(t => new[] { t.Key.Item1, t.Key.Item2 }).CountBy(id => id).ToDictionary(c => c.Key, c => c.Value);
        var kept = named.Values.Where(p => degree.ContainsKey(p.Id))
            .OrderByDescending(p => degree[p.Id]).ThenByDescending(p => p.Engagements).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(people).ToList();
        var ids = kept.Select(p => p.Id).ToHashSet();
        return new MeetingNetwork(kept, [.. ties.Where(t => ids.Contains(t.Key.Item1) && ids.Contains(t.Key.Item2)).Select(t => new NetworkTie(t.Key.Item1, t.Key.Item2, t.Value))]);
    }
}
