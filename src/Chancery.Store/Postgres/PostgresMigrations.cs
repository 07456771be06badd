using Chancery.Store.Sql;
using Npgsql;

namespace Chancery.Store.Postgres;

/// <summary>
/// The versioned schema on PostgreSQL: migration N is the embedded script <c>postgres/000N-*.sql</c>. The schema records
/// the last one applied in <c>schema_version</c>; opening applies the rest in one transaction, under an advisory lock so
/// that two servers starting at once do not both migrate.
/// </summary>
internal static class PostgresMigrations
{
    private static readonly IReadOnlyList<(int Version, string Script)> Scripts = MigrationScripts.Load("postgres");

    /// <summary>The key of the advisory lock migrations and writes take: "CHNC", as SQLite's application id.</summary>
    public const long LockKey = 0x43484E43;

    public static int Latest => Scripts[^1].Version;

    /// <summary>The schema's version, or null when the database (its search path) holds no Chancery schema.</summary>
    public static async Task<int?> VersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection, transaction);
        if (!(bool)(await command.ExecuteScalarAsync(cancellationToken))!)
        {
            return null;
        }
        command.CommandText = "SELECT max(version) FROM schema_version";
        return await command.ExecuteScalarAsync(cancellationToken) is int version ? version : 0;
    }

    /// <summary>Brings the schema to the latest version, creating it when there is none; returns the version it was at (null: none).</summary>
    public static async Task<int?> ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        var current = await VersionAsync(connection, transaction, cancellationToken);
        if (current is null)
        {
            await using var create = new NpgsqlCommand("CREATE TABLE schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", connection, transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var (version, script) in Scripts.Where(s => s.Version > (current ?? 0)))
        {
            // A migration rewrites whole tables of a large store: it takes as long as it takes.
            await using var command = new NpgsqlCommand(script + $"\nINSERT INTO schema_version (version) VALUES ({version});", connection, transaction) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return current;
    }
}
