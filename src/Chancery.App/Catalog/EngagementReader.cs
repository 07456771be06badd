using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>Full engagement records as documents, with the names of their mechanisms and the text of their sources.</summary>
public static class EngagementReader
{
    /// <summary>Documents of the given engagements, in order; those the clearance may not see are left out.</summary>
    public static Task<IReadOnlyList<EngagementDocument>> DocumentsAsync(IChanceryStore store, IReadOnlyList<Id<Engagement>> ids, Classification clearance, CancellationToken cancellationToken = default) =>
        store.ReadAsync<IReadOnlyList<EngagementDocument>>(async (reader, ct) =>
        {
            var engagements = (await reader.EngagementsAsync(ids, ct)).Where(e => e.Classification <= clearance).ToList();
            var mechanisms = (await reader.MechanismsAsync(cancellationToken: ct)).ToDictionary(m => m.Id);
            var sources = new Dictionary<Id<Source>, Source>();
            foreach (var id in engagements.SelectMany(e => e.Citations).Select(c => c.Source).Distinct())
            {
                if (await reader.SourceAsync(id, ct) is { } source && source.Classification <= clearance)
                {
                    sources[id] = source;
                }
            }
            // A citation of a source above the clearance is dropped: not even its existence shows.
            return [.. engagements.Select(e => EngagementDocument.From(
                e with { Citations = [.. e.Citations.Where(c => sources.ContainsKey(c.Source))] }, mechanisms, sources))];
        }, cancellationToken);
}
