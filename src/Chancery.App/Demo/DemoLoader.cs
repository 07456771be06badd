using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>Loads the demo dataset into a store in one transaction, once: a second load changes nothing.</summary>
public static class DemoLoader
{
    public const string LoadedKey = "demo-loaded";

    public static Task<DemoLoadResult> LoadAsync(IChanceryStore store, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var dataset = DemoDataset.Load();
        return store.WriteAsync(async (writer, ct) =>
        {
            if (await writer.MetaAsync(LoadedKey, ct) is not null)
            {
                return new DemoLoadResult(AlreadyLoaded: true, 0, 0, 0, 0);
            }
            foreach (var mechanism in dataset.Mechanisms())
            {
                await writer.SaveMechanismAsync(mechanism, ct);
            }
            var plans = dataset.Plans().ToList();
            foreach (var plan in plans)
            {
                await writer.SavePlanAsync(plan, ct);
            }
            var people = new Dictionary<string, Person>();
            foreach (var (key, person) in dataset.People())
            {
                people[key] = person with { Id = await writer.SavePersonAsync(person, ct) };
            }
            var sources = new Dictionary<string, Id<Source>>();
            foreach (var (key, source) in dataset.Sources())
            {
                sources[key] = await writer.SaveSourceAsync(source, ct);
            }
            var engagements = dataset.Engagements(people, sources).ToList();
            for (var i = 0; i < engagements.Count; i++)
            {
                await writer.SaveEngagementAsync(engagements[i], ct);
                progress?.Report(new LoadProgress("Loading demo engagements", i + 1, engagements.Count));
            }
            await writer.SetMetaAsync(LoadedKey, "true", ct);
            return new DemoLoadResult(AlreadyLoaded: false, engagements.Count, people.Count, sources.Count, plans.Count);
        }, cancellationToken);
    }
}
