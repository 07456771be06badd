namespace Chancery.Store;

/// <summary>How many jobs of the ingest queue wait, run, are done or failed.</summary>
public sealed record JobCounts(int Queued, int Running, int Done, int Failed)
{
    /// <summary>Nothing is left to do: no job waits or runs.</summary>
    public bool Drained => Queued == 0 && Running == 0;
}
