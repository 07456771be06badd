namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    public async Task<StoreCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await QueryAsync(
            """
            SELECT (SELECT count(*) FROM actor), (SELECT count(DISTINCT partner) FROM partnership_status), (SELECT count(*) FROM mechanism),
                   (SELECT count(*) FROM person), (SELECT count(*) FROM plan), (SELECT count(*) FROM source), (SELECT count(*) FROM engagement)
            """,
            r => new StoreCounts(r.Int(0), r.Int(1), r.Int(2), r.Int(3), r.Int(4), r.Int(5), r.Int(6)),
            cancellationToken);
        return counts[0];
    }

    public async Task<long> EvidenceSpansAsync(CancellationToken cancellationToken = default) =>
        (long)(await ScalarAsync($"SELECT coalesce(sum({dialect.JsonLength("evidence")}), 0) FROM citation", cancellationToken))!;

    public async Task<string?> MetaAsync(string key, CancellationToken cancellationToken = default) =>
        (string?)await ScalarAsync("SELECT value FROM meta WHERE key = @key", cancellationToken, ("@key", key));

    public async Task SetMetaAsync(string key, string value, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            cancellationToken, ("@key", key), ("@value", value));
}
