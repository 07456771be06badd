namespace Chancery.Store.Sql;

/// <summary>The ingest queue of a store built on <see cref="SqlSession"/>: each call a short transaction of its own.</summary>
internal sealed class SqlJobQueue(ISessionStore store) : IJobQueue
{
    public Task<long> EnqueueAsync(IngestJob job, CancellationToken cancellationToken = default) =>
        store.SessionAsync((session, ct) => session.EnqueueJobAsync(job, ct), SessionAccess.Queue, cancellationToken);

    public Task<IngestJob?> ClaimAsync(string worker, TimeSpan stale, CancellationToken cancellationToken = default) =>
        store.SessionAsync((session, ct) => session.ClaimJobAsync(worker, stale, ct), SessionAccess.Queue, cancellationToken);

    public Task FinishAsync(long id, string? error, CancellationToken cancellationToken = default) =>
        store.SessionAsync(async (session, ct) =>
        {
            await session.FinishJobAsync(id, error, ct);
            return true;
        }, SessionAccess.Queue, cancellationToken);

    public Task<JobCounts> CountsAsync(CancellationToken cancellationToken = default) =>
        store.SessionAsync((session, ct) => session.JobCountsAsync(ct), SessionAccess.Read, cancellationToken);
}
