using System.Collections.Concurrent;
using System.Text;
using Chancery.App.Extraction;
using Chancery.App.Ingestion;
using Chancery.Domain;
using Chancery.Extraction;
using Chancery.Store;
using Chancery.Testing;

namespace Chancery.App.Tests.Ingestion;

/// <summary>
/// Eight workers emptying the ingest queue of one PostgreSQL store at once. The queue holds many reposts of the same
/// releases (each text with a wire's line of its own added, so each is a new source), claimed by different workers at
/// the same moment: every repost must come to the same engagements and people as the first, and none be stored twice.
/// </summary>
public sealed class IngestWorkersTest : IAsyncLifetime
{
    private const int Reposts = 16;

    /// <summary>
    /// Releases of different partners and years, each reporting several engagements and people, all of them dated: an
    /// undated engagement a text mentions is stored anew from each report of it, as nothing tells it is the same one.
    /// </summary>
    private static readonly string[] Releases = ["dev-041.txt", "dev-001.txt", "dev-010.txt"];

    private TestPostgres postgres = null!;
    private Workspace workspace = null!;
    private readonly TemporaryDirectory folder = new();

    public async Task InitializeAsync()
    {
        postgres = await TestPostgres.NewSchemaAsync();
        workspace = await Workspace.OpenAsync(new StoreLocation(postgres.ConnectionString, IsDefault: false), OpenMode.Initialise);
    }

    public async Task DisposeAsync()
    {
        await workspace.DisposeAsync();
        await postgres.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Given_reposts_of_releases_when_eight_workers_ingest_them_at_once_then_no_engagement_or_person_is_stored_twice()
    {
        var store = workspace.Store;
        for (var copy = 0; copy < Reposts; copy++)
        {
            foreach (var release in Releases)
            {
                var text = await File.ReadAllTextAsync(Path.Combine(Repository.DevCorpus, release));
                await store.Jobs.EnqueueAsync(new IngestJob($"{copy}-{release}", Encoding.UTF8.GetBytes($"{text}\n\n(Reposted by wire {copy}.)\n")) { Outlet = "Test Wire" });
            }
        }
        var reached = new ConcurrentDictionary<string, HashSet<Id<Engagement>>>();

        var report = await Workers(store).RunAsync(8,
            onDocument: outcome => reached[outcome.Location] = [.. outcome.Created, .. outcome.Merged]);

        report.Documents.ShouldBe(Reposts * Releases.Length);
        report.Failed.ShouldBe(0);
        (await store.Jobs.CountsAsync()).ShouldBe(new JobCounts(0, 0, Reposts * Releases.Length, 0));
        foreach (var release in Releases)
        {
            var first = reached[$"0-{release}"].Order().ToList();
            first.ShouldNotBeEmpty();
            for (var copy = 1; copy < Reposts; copy++)
            {
                reached[$"{copy}-{release}"].Order().ToList().ShouldBe(first, $"repost {copy} of {release}");
            }
        }
        var sources = await store.ReadAsync((r, ct) => r.RecentSourcesAsync(Classification.Confidential, 0, 100, ct));
        sources.Count.ShouldBe(Reposts * Releases.Length);
        sources.ShouldAllBe(source => source.Outlet == "Test Wire");
        var (engagements, people) = await CountsAsync(store);
        var (onceEngagements, oncePeople) = await IngestedOnceAsync();
        engagements.ShouldBe(onceEngagements);
        people.ShouldBe(oncePeople);
    }

    private static IngestWorkers Workers(IChanceryStore store) =>
        new(store, () => new Ingestor(new ExtractionRunner(Extractor.Default, ExtractionOptions.Default with { Parallelism = 1 }), store));

    /// <summary>The same releases, each once, by one worker into a store of their own: what the eight must come to.</summary>
    private async Task<(int Engagements, int People)> IngestedOnceAsync()
    {
        await using var alone = await Workspace.OpenAsync(new StoreLocation(folder.File("once.db"), IsDefault: false), OpenMode.Initialise);
        foreach (var release in Releases)
        {
            await alone.Store.Jobs.EnqueueAsync(new IngestJob(release, await File.ReadAllBytesAsync(Path.Combine(Repository.DevCorpus, release))) { Outlet = "Test Wire" });
        }
        await Workers(alone.Store).RunAsync(1);
        return await CountsAsync(alone.Store);
    }

    private static Task<(int, int)> CountsAsync(IChanceryStore store) => store.ReadAsync(async (r, ct) =>
    {
        var counts = await r.CountsAsync(ct);
        return (counts.Engagements, counts.People);
    });
}
