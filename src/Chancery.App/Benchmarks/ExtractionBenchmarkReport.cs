namespace Chancery.App.Benchmarks;

/// <summary>What a benchmark run measured: how much text, how fast on one core, and how memory behaved as it went.</summary>
/// <param name="Collections">How many collections ran during the timed part (the forced ones of the memory samples are not).</param>
public sealed record ExtractionBenchmarkReport(
    long Documents, long Bytes, TimeSpan Elapsed, long Engagements, int Collections, IReadOnlyList<MemorySample> Memory)
{
    /// <summary>How long the garbage collector paused the extraction during the timed part.</summary>
    public TimeSpan CollectorPause { get; init; }

    /// <summary>How many bytes the extraction allocated during the timed part: what the collector has to clear away.</summary>
    public long AllocatedBytes { get; init; }

    public double Megabytes => Bytes / (1024.0 * 1024.0);

    public double MegabytesPerSecond => Megabytes / Elapsed.TotalSeconds;

    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;

    /// <summary>How much the heap grew from the first sample to the largest later one, in bytes: near zero when memory is flat.</summary>
    public long HeapGrowth => Memory.Count < 2 ? 0 : Memory.Skip(1).Max(m => m.HeapBytes) - Memory[0].HeapBytes;
}
