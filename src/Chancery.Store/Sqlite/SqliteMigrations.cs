using Chancery.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Chancery.Store.Sqlite;

/// <summary>
/// The versioned schema: migration N is the embedded script <c>000N-*.sql</c>. A database records the last
/// one applied in <c>PRAGMA user_version</c>; opening it applies the rest in one transaction.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly IReadOnlyList<(int Version, string Script)> Scripts = MigrationScripts.Load("sqlite");

    public static int Latest => Scripts[^1].Version;

    /// <summary>Brings the database to the latest version (or to <paramref name="upTo"/>); returns the version it was at.</summary>
    public static async Task<int> ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken, int? upTo = null)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var current = await UserVersionAsync(connection, transaction, cancellationToken);
        foreach (var (version, script) in Scripts.Where(s => s.Version > current && s.Version <= (upTo ?? Latest)))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = script + $"\nPRAGMA user_version = {version};";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return current;
    }

    private static async Task<int> UserVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
