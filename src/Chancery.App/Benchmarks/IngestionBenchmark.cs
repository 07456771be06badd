using System.Diagnostics;
using System.Text;
using Chancery.App.Extraction;
using Chancery.App.Ingestion;
using Chancery.Store;

namespace Chancery.App.Benchmarks;

/// <summary>
/// Measures ingestion end to end into a store: a generated corpus, made document by document as it is read (never
/// held whole), read and extracted on every core and stored in batches, with the managed heap sampled as it goes.
/// </summary>
public sealed class IngestionBenchmark(ExtractionRunner runner, IChanceryStore store, CorpusGenerator corpus)
{
    /// <summary>How many memory samples a run takes, evenly spread over its documents.</summary>
    private const int Samples = 10;

    /// <param name="first">The corpus's first document to ingest: a store that holds the first ones already would only recognise them.</param>
    public async Task<IngestionBenchmarkReport> RunAsync(int documents, IProgress<LoadProgress>? progress = null, int first = 0, CancellationToken cancellationToken = default)
    {
        var sources = new GeneratedSources(corpus, first, documents);
        var memory = new List<MemorySample> { Sample(0) };
        int engagements = 0, merged = 0, failed = 0, done = 0;
        var clock = Stopwatch.StartNew();
        await new Ingestor(runner, store).IngestAsync(sources, new IngestOptions { Outlet = "Generated" }, progress, outcome =>
        {
            done++;
            engagements += outcome.Created.Count;
            merged += outcome.Merged.Count;
            failed += outcome.Outcome == DocumentOutcome.Failed ? 1 : 0;
            if (done % Math.Max(1, documents / Samples) == 0)
            {
                memory.Add(Sample(sources.Bytes));
            }
        }, cancellationToken);
        var elapsed = clock.Elapsed;
        return new IngestionBenchmarkReport(documents, sources.Bytes, elapsed, engagements, merged, failed, memory);
    }

    /// <summary>The heap as it is (no forced collection: that would stop the run it measures) and the working set.</summary>
    private static MemorySample Sample(long bytes)
    {
        using var process = Process.GetCurrentProcess();
        return new MemorySample(bytes / (1024.0 * 1024.0), GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
    }

    /// <summary>The corpus as a list of documents made when opened: the ingestor sees all of them, memory holds a few.</summary>
    private sealed class GeneratedSources(CorpusGenerator corpus, int first, int count) : IReadOnlyList<DocumentSource>
    {
        private long bytes;

        public int Count => count;

        /// <summary>The UTF-8 bytes of the documents opened so far.</summary>
        public long Bytes => Interlocked.Read(ref bytes);

        public DocumentSource this[int index] => new($"generated-{first + index + 1:D7}", $"generated/{first + index + 1:D7}.txt", () => Open(first + index));

        private MemoryStream Open(int index)
        {
            var content = Encoding.UTF8.GetBytes(corpus.News(index));
            Interlocked.Add(ref bytes, content.Length);
            return new MemoryStream(content, writable: false);
        }

        public IEnumerator<DocumentSource> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
