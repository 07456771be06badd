using System.Diagnostics;
using Chancery.App.Extraction;
using Chancery.Store;

namespace Chancery.App.Ingestion;

/// <summary>
/// Workers that empty the store's ingest queue side by side: each claims the oldest waiting document, extracts it and
/// stores it, and claims the next, until none waits. Any number of them may run, in this process or in others on other
/// machines: the queue gives each job to one worker, and storing takes the store's write lock, so two workers that
/// read the same engagement in two reports store it once.
/// </summary>
/// <param name="newIngestor">A worker's own ingestor: each keeps its own view of the people, caught up at every write.</param>
public sealed class IngestWorkers(IChanceryStore store, Func<Ingestor> newIngestor)
{
    /// <summary>How long a claimed job may run before another worker takes it, its worker taken for dead.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);

    /// <summary>Queues the documents, with the outlet and classification their sources and engagements are to have; returns how many.</summary>
    public static async Task<int> EnqueueAsync(IChanceryStore store, IEnumerable<DocumentSource> sources, IngestOptions options, CancellationToken cancellationToken = default)
    {
        var queued = 0;
        foreach (var source in sources)
        {
            await using var stream = source.Open();
            using var content = new MemoryStream();
            await stream.CopyToAsync(content, cancellationToken);
            await store.Jobs.EnqueueAsync(
                new IngestJob(Path.GetFileName(source.Location), content.ToArray()) { Outlet = options.Outlet, Classification = options.Classification },
                cancellationToken);
            queued++;
        }
        return queued;
    }

    /// <param name="workers">How many workers to run at once.</param>
    /// <param name="onDocument">Told what became of each job, as it happens, from any worker's thread.</param>
    public async Task<IngestionReport> RunAsync(int workers, IProgress<LoadProgress>? progress = null,
        Action<DocumentIngestion>? onDocument = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var report = new IngestionReport(TimeSpan.Zero);
        var total = (await store.Jobs.CountsAsync(cancellationToken)).Queued;
        var name = $"{Environment.MachineName}:{Environment.ProcessId}";
        await Task.WhenAll(Enumerable.Range(1, workers).Select(n => Task.Run(async () =>
        {
            var ingestor = newIngestor();
            while (await store.Jobs.ClaimAsync($"{name}:{n}", Stale, cancellationToken) is { } job)
            {
                var source = new DocumentSource(Path.GetFileNameWithoutExtension(job.Name), job.Name, () => new MemoryStream(job.Content, writable: false));
                var options = new IngestOptions { Outlet = job.Outlet, Classification = job.Classification };
                var outcome = await ingestor.IngestOneAsync(source, options, cancellationToken);
                await store.Jobs.FinishAsync(job.Id, outcome.Error, cancellationToken);
                lock (report)
                {
                    report.Count(outcome);
                    progress?.Report(new LoadProgress($"{workers} workers, {report.Documents / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0} documents/s", report.Documents, Math.Max(total, report.Documents)));
                }
                onDocument?.Invoke(outcome);
            }
        }, cancellationToken)));
        return report with { Elapsed = clock.Elapsed };
    }
}
