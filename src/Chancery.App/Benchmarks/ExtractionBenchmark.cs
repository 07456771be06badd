using System.Diagnostics;
using System.Runtime;
using System.Text;
using Chancery.Extraction;
using Chancery.Extraction.Reading;

namespace Chancery.App.Benchmarks;

/// <summary>
/// Measures extraction on one core: a stream of documents is read (UTF-8 bytes, as files arrive) and extracted
/// one after the other on the calling thread, and the managed heap is sampled as the megabytes go by to show
/// that memory stays flat however large the corpus.
/// </summary>
public sealed class ExtractionBenchmark(Extractor extractor, DocumentReader reader)
{
    /// <summary>How many memory samples a run takes, evenly spread over its size.</summary>
    private const int Samples = 10;

    /// <summary>How much of the corpus is made (or read from files) before it is extracted: half a megabyte at a time.</summary>
    /// <remarks>
    /// Made one document at a time between extractions, the generator's own garbage (some 7 bytes for every byte it
    /// makes, an eighth of all that was allocated) ran down the collector's budget, and the collections it brought on
    /// fell in the timed extraction; its work also evicted the extractor's tables from the processor's caches before
    /// every document. A batch keeps both outside the timed part, as the BenchmarkDotNet benchmark does by making its
    /// corpus first, and memory flat.
    /// </remarks>
    private const long BatchBytes = 1 << 19;

    /// <param name="documents">The documents' bytes, as they would be read from files, produced one at a time (and taken a batch at a time).</param>
    /// <param name="expectedBytes">The corpus size, for progress and for spacing the memory samples.</param>
    public ExtractionBenchmarkReport Run(IEnumerable<byte[]> documents, long expectedBytes, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var memory = new List<MemorySample>(Samples + 1);
        long count = 0, bytes = 0, engagements = 0;
        var nextSample = 0L;
        var collections = 0;
        var clock = Stopwatch.StartNew();
        var measured = TimeSpan.Zero;
        var paused = TimeSpan.Zero;
        long allocated = 0;
        foreach (var encoded in Batches(documents).SelectMany(batch => batch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = clock.Elapsed;
            var pausedBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = GC.CollectionCount(0);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var document = reader.Read(encoded, "generated.txt", cancellationToken);
            engagements += extractor.Extract(document.Text, cancellationToken: cancellationToken).Engagements.Count;
            measured += clock.Elapsed - started;
            paused += GC.GetTotalPauseDuration() - pausedBefore;
            collections += GC.CollectionCount(0) - collectionsBefore;
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            count++;
            bytes += encoded.Length;
            if (bytes >= nextSample)
            {
                // Sampling forces a collection, outside the timed part, so that the heap it reports is what is live.
                memory.Add(Sample(bytes));
                nextSample = bytes + Math.Max(1, expectedBytes / Samples);
                progress?.Report(new LoadProgress("Extracting", (int)Math.Min(int.MaxValue, bytes / 1024), (int)Math.Min(int.MaxValue, expectedBytes / 1024)));
            }
        }
        memory.Add(Sample(bytes));
        return new ExtractionBenchmarkReport(count, bytes, measured, engagements, collections, memory)
        {
            CollectorPause = paused,
            AllocatedBytes = allocated,
        };
    }

    /// <summary>
    /// Runs the documents over and over without measuring, so that the timed run finds the lexicons loaded and the
    /// code compiled at its final tier: at least <paramref name="least"/>, then until the runtime has compiled nothing
    /// for a while, but no longer than <paramref name="most"/>. Returns how long it ran.
    /// </summary>
    /// <remarks>
    /// The runtime optimises a method only after it has run a while, and does so on a thread of its own. With a second
    /// core that takes a few seconds; on a single core (a container with one CPU, or <c>taskset -c 0</c>) the runtime
    /// waits ten times as long before each step and the optimiser shares the core, and the code reaches its final tier
    /// only after a minute or so, in steps with seconds of waiting between them. A fixed warm-up would time code still
    /// half optimised there, and so would one that waits for the throughput to stop rising; the count of methods the
    /// runtime compiled tells when it is done.
    /// </remarks>
    public TimeSpan WarmUp(IReadOnlyList<string> documents, TimeSpan least, TimeSpan most)
    {
        var encoded = documents.Select(Encoding.UTF8.GetBytes).ToList();
        var clock = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        var lastCompiled = TimeSpan.Zero;
        while (encoded.Count > 0 && clock.Elapsed < most && (clock.Elapsed < least || clock.Elapsed - lastCompiled < QuietCompiler))
        {
            foreach (var document in encoded)
            {
                extractor.Extract(reader.Read(document, "warm-up.txt").Text);
            }
            if (JitInfo.GetCompiledMethodCount() is var count && count != compiled)
            {
                compiled = count;
                lastCompiled = clock.Elapsed;
            }
        }
        return clock.Elapsed;
    }

    /// <summary>How long the runtime must have compiled nothing for the code to count as at its final tier: longer than its longest wait between tiers (a second, on one core).</summary>
    private static readonly TimeSpan QuietCompiler = TimeSpan.FromSeconds(3);

    /// <summary>The documents in batches of about <paramref name="batchBytes"/>, each made whole before its first document is given out.</summary>
    internal static IEnumerable<List<byte[]>> Batches(IEnumerable<byte[]> documents, long batchBytes = BatchBytes)
    {
        var batch = new List<byte[]>();
        long bytes = 0;
        foreach (var document in documents)
        {
            batch.Add(document);
            bytes += document.Length;
            if (bytes >= batchBytes)
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }
        }
        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static MemorySample Sample(long bytes)
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySample(bytes / (1024.0 * 1024.0), heap, process.WorkingSet64);
    }
}
