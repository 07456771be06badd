namespace Chancery.Store;

/// <summary>
/// The ingest queue, shared by every worker on the store. Each call is a short transaction of its own, outside the lock
/// writes of records take, so that claiming the next job never waits for another worker's ingestion to commit.
/// </summary>
public interface IJobQueue
{
    /// <summary>Queues a document; returns the job's id.</summary>
    Task<long> EnqueueAsync(IngestJob job, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the oldest waiting job for the worker, or one another worker took more than <paramref name="stale"/> ago
    /// and never finished; null when there is none. No two workers are given the same job.
    /// </summary>
    Task<IngestJob?> ClaimAsync(string worker, TimeSpan stale, CancellationToken cancellationToken = default);

    /// <summary>Marks the job done, or failed with the error given.</summary>
    Task FinishAsync(long id, string? error, CancellationToken cancellationToken = default);

    Task<JobCounts> CountsAsync(CancellationToken cancellationToken = default);
}
