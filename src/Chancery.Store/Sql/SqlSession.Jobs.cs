namespace Chancery.Store.Sql;

/// <summary>The ingest queue's statements (see <see cref="SqlJobQueue"/>).</summary>
internal sealed partial class SqlSession
{
    public async Task<long> EnqueueJobAsync(IngestJob job, CancellationToken cancellationToken) =>
        (long)(await ScalarAsync(
            "INSERT INTO ingest_job (name, content, outlet, classification, queued_at) VALUES (@name, @content, @outlet, @classification, @now) RETURNING id",
            cancellationToken, ("@name", job.Name), ("@content", job.Content), ("@outlet", job.Outlet),
            ("@classification", SqlValues.Slug(job.Classification)), ("@now", Now())))!;

    /// <summary>
    /// One statement: the row is chosen and marked in the same step. On PostgreSQL the choice skips rows other workers
    /// have locked; SQLite has one writer at a time, so its choice cannot race.
    /// </summary>
    public async Task<IngestJob?> ClaimJobAsync(string worker, TimeSpan stale, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var jobs = await QueryAsync(
            $"""
            UPDATE ingest_job SET state = 'running', worker = @worker, started_at = @now
            WHERE id = (SELECT id FROM ingest_job
                        WHERE state = 'queued' OR (state = 'running' AND started_at < @stale)
                        ORDER BY id LIMIT 1 {dialect.SkipLocked})
            RETURNING id, name, content, outlet, classification
            """,
            r => new IngestJob(r.Text(1), (byte[])r.GetValue(2)) { Id = r.Long(0), Outlet = r.TextOrNull(3), Classification = r.Enum<Domain.Classification>(4) },
            cancellationToken, ("@worker", worker), ("@now", Timestamp(now)), ("@stale", Timestamp(now - stale)));
        return jobs.SingleOrDefault();
    }

    public async Task FinishJobAsync(long id, string? error, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE ingest_job SET state = @state, error = @error, finished_at = @now WHERE id = @id",
            cancellationToken, ("@state", error is null ? "done" : "failed"), ("@error", error), ("@now", Now()), ("@id", id));

    public async Task<JobCounts> JobCountsAsync(CancellationToken cancellationToken)
    {
        var counts = (await QueryAsync("SELECT state, count(*) FROM ingest_job GROUP BY state", r => (r.Text(0), r.Int(1)), cancellationToken))
            .ToDictionary(c => c.Item1, c => c.Item2);
        return new JobCounts(counts.GetValueOrDefault("queued"), counts.GetValueOrDefault("running"), counts.GetValueOrDefault("done"), counts.GetValueOrDefault("failed"));
    }
}
