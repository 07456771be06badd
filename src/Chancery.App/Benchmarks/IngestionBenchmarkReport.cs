namespace Chancery.App.Benchmarks;

/// <summary>What an ingestion benchmark measured: documents stored end to end (read, extracted, resolved, merged, stored) and memory as it went.</summary>
public sealed record IngestionBenchmarkReport(int Documents, long Bytes, TimeSpan Elapsed, int Engagements, int Merged, int Failed, IReadOnlyList<MemorySample> Memory)
{
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;

    public double Megabytes => Bytes / (1024.0 * 1024.0);

    /// <summary>How much the heap grew from the first sample to the largest later one, in bytes: near zero when memory is flat.</summary>
    public long HeapGrowth => Memory.Count < 2 ? 0 : Memory.Skip(1).Max(m => m.HeapBytes) - Memory[0].HeapBytes;
}
