using Chancery.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Chancery.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so that readers never wait for the writer.
/// A file is checked before SQLite touches it; a new one is built beside its final name and moved
/// into place only once its schema is complete.
/// </summary>
public sealed class SqliteStore : IChanceryStore, ISessionStore
{
    /// <summary>"CHNC", written in the file header's application id: how a Chancery database is told from others.</summary>
    public const int ApplicationId = 0x43484E43;

    private const int SqliteConstraint = 19;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private readonly string connectionString;
    private readonly TimeProvider clock;

    private SqliteStore(string path, TimeProvider clock)
    {
        connectionString = ConnectionString(path, SqliteOpenMode.ReadWrite);
        this.clock = clock;
        Jobs = new SqlJobQueue(this);
        Description = new StoreDescription("SQLite", path, SqliteMigrations.Latest);
    }

    public StoreDescription Description { get; }

    public IJobQueue Jobs { get; }

    /// <summary>How many engagements make a store worth analysing on opening.</summary>
    private const int LargeStore = 10_000;

    /// <summary>The schema version this build writes.</summary>
    public static int SchemaVersion => SqliteMigrations.Latest;

    /// <summary>Opens the Chancery database at <paramref name="path"/>, bringing its schema up to date.</summary>
    /// <param name="createIfMissing">Create an empty database when there is no file; otherwise a missing file is an error.</param>
    /// <exception cref="StoreException">The file is missing, not a Chancery database, truncated, newer or damaged; it is left as it was.</exception>
    public static async Task<SqliteStore> OpenAsync(string path, bool createIfMissing, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException(StoreProblem.NotADatabase, $"{full} is a directory, not a Chancery database");
        }
        if (!File.Exists(full))
        {
            if (!createIfMissing)
            {
                throw new StoreException(StoreProblem.Missing, $"no Chancery database at {full}");
            }
            await CreateAsync(full, cancellationToken);
        }
        DatabaseFileHeader.Read(full).EnsureUsable(full, ApplicationId, SqliteMigrations.Latest);
        var store = new SqliteStore(full, clock ?? TimeProvider.System);
        await store.Guard(async () =>
        {
            await using var connection = await store.ConnectAsync(cancellationToken);
            await SqliteMigrations.ApplyAsync(connection, cancellationToken);
            if (await IsLargeAsync(connection, cancellationToken))
            {
                await AnalyseAsync(connection, cancellationToken);
            }
        });
        return store;
    }

    public Task RefreshStatisticsAsync(CancellationToken cancellationToken = default) => Guard(async () =>
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await AnalyseAsync(connection, cancellationToken);
    });

    /// <summary>
    /// Statistics of a small store mislead once it grows: taken on a new store, they made SQLite read whole tables when
    /// an ingestion run had filled them, and the run slowed to a crawl. A small store does well with SQLite's defaults.
    /// </summary>
    private static async Task<bool> IsLargeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) >= {LargeStore} FROM (SELECT 1 FROM engagement LIMIT {LargeStore})";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>
    /// Without statistics SQLite guesses, and took the classification index (three values) over the mechanism's for
    /// "this mechanism's engagements", reading the whole log. ANALYZE limited to a sample of each index costs the same
    /// few milliseconds whatever the size of the database.
    /// </summary>
    private static async Task AnalyseAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA analysis_limit = 1000; ANALYZE;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<T> ReadAsync<T>(Func<IStoreReader, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ((ISessionStore)this).SessionAsync(work, SessionAccess.Read, cancellationToken);

    public Task<T> WriteAsync<T>(Func<IStoreWriter, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ((ISessionStore)this).SessionAsync(work, SessionAccess.Write, cancellationToken);

    public ValueTask DisposeAsync()
    {
        // Closing the pooled connections checkpoints the WAL and releases the file.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    Task<T> ISessionStore.SessionAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, SessionAccess access, CancellationToken cancellationToken) => Guard(async () =>
    {
        await using var connection = await ConnectAsync(cancellationToken);
        // Deferred: a snapshot taken at the first read. Immediate: the write lock taken at once, so the
        // transaction never has to be retried halfway through.
        await using var transaction = connection.BeginTransaction(deferred: access == SessionAccess.Read);
        await using var session = new SqlSession(connection, transaction, SqliteDialect.Instance, clock);
        var result = await work(session, cancellationToken);
        await session.WriteFullTextAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    });

    private async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw new StoreException(StoreProblem.Corrupt, $"{Description.Location} is damaged: {FirstLine(e.Message)}", e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteConstraint)
        {
            throw new StoreException(StoreProblem.Invalid, $"the change breaks a rule of the store: {FirstLine(e.Message)}", e);
        }
    }

    private Task Guard(Func<Task> action) => Guard(async () =>
    {
        await action();
        return true;
    });

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // WAL with synchronous NORMAL survives a killed process intact; only a power cut may lose the last commits.
        // A page cache of 64 MB (the default is 2 MB) keeps the indexes a large ingestion walks in memory.
        command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static async Task CreateAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var building = $"{path}.{Guid.NewGuid():N}.new";
        try
        {
            var builder = ConnectionString(building, SqliteOpenMode.ReadWriteCreate);
            await using (var connection = new SqliteConnection(builder))
            {
                await connection.OpenAsync(cancellationToken);
                await using (var command = connection.CreateCommand())
                {
                    command.CommandText = $"PRAGMA application_id = {ApplicationId}; PRAGMA journal_mode = WAL;";
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                await SqliteMigrations.ApplyAsync(connection, cancellationToken);
            }
            using (var pooled = new SqliteConnection(builder))
            {
                SqliteConnection.ClearPool(pooled);
            }
            File.Move(building, path, overwrite: false);
        }
        finally
        {
            foreach (var leftover in new[] { building, building + "-wal", building + "-shm" })
            {
                File.Delete(leftover);
            }
        }
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
