using System.Data;
using Chancery.Store.Sql;
using Npgsql;

namespace Chancery.Store.Postgres;

/// <summary>
/// The team's store: one PostgreSQL database (or one schema of it, by the connection string's search path) that many
/// servers and workers share. Reads run on a snapshot (repeatable read); writes take one advisory lock, so that they
/// follow one another as SQLite's do: ingestion compares a report with the log and then stores it, and two workers
/// doing that at once for the same engagement must not both find it missing.
/// </summary>
public sealed class PostgresStore : IChanceryStore, ISessionStore
{
    private readonly NpgsqlDataSource dataSource;
    private readonly TimeProvider clock;

    private PostgresStore(NpgsqlDataSource dataSource, string location, TimeProvider clock, bool created)
    {
        this.dataSource = dataSource;
        this.clock = clock;
        Created = created;
        Jobs = new SqlJobQueue(this);
        Description = new StoreDescription("PostgreSQL", location, PostgresMigrations.Latest);
    }

    public StoreDescription Description { get; }

    public IJobQueue Jobs { get; }

    /// <summary>True when opening this store created its schema.</summary>
    public bool Created { get; }

    /// <summary>The schema version this build writes.</summary>
    public static int SchemaVersion => PostgresMigrations.Latest;

    /// <summary>True when <paramref name="location"/> reads as a PostgreSQL connection string ("Host=...;Database=...") rather than a path.</summary>
    public static bool IsConnectionString(string location) =>
        location.Contains('=', StringComparison.Ordinal) && location.Contains("host", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens the Chancery schema the connection string reaches, bringing it up to date.</summary>
    /// <param name="createIfMissing">Create the schema when the database holds none; otherwise that is an error. The database itself must exist.</param>
    /// <exception cref="StoreException">The string is not a connection string, the server cannot be reached, the schema is missing or newer.</exception>
    public static async Task<PostgresStore> OpenAsync(string connectionString, bool createIfMissing, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException(StoreProblem.NotADatabase, $"not a PostgreSQL connection string: {e.Message}", e);
        }
        // Statements a session runs again and again are prepared by the server once a connection has seen them twice.
        builder.MaxAutoPrepare = 64;
        builder.AutoPrepareMinUsages = 2;
        // Chancery's statements read a page or a count each: compiling them (JIT) or starting parallel workers costs more
        // than it saves (prepared, a partner's page 20 took 24 ms with two parallel workers and 9 ms without). Each is
        // planned for its values: a plan made for any value parsed a search's tsquery again at every row it checked, and
        // counted the 37,000 matches of a name in 115 ms rather than 38. A connection string that sets Options keeps its own.
        builder.Options ??= "-c jit=off -c max_parallel_workers_per_gather=0 -c plan_cache_mode=force_custom_plan";
        var location = $"{builder.Host}:{builder.Port}/{builder.Database}{(builder.SearchPath is { Length: > 0 } path ? $" ({path})" : "")}";
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            var created = await Guard(location, async () =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                var version = await PostgresMigrations.VersionAsync(connection, null, cancellationToken);
                if (version > PostgresMigrations.Latest)
                {
                    throw new StoreException(StoreProblem.NewerVersion, $"{location} holds schema {version}, newer than this Chancery's {PostgresMigrations.Latest}; upgrade Chancery");
                }
                if (version is null && !createIfMissing)
                {
                    throw new StoreException(StoreProblem.Missing, $"no Chancery schema in {location}; `chancery init --db \"...\"` creates one");
                }
                return await PostgresMigrations.ApplyAsync(connection, cancellationToken) is null;
            });
            return new PostgresStore(dataSource, location, clock ?? TimeProvider.System, created);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    public Task<T> ReadAsync<T>(Func<IStoreReader, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ((ISessionStore)this).SessionAsync(work, SessionAccess.Read, cancellationToken);

    public Task<T> WriteAsync<T>(Func<IStoreWriter, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ((ISessionStore)this).SessionAsync(work, SessionAccess.Write, cancellationToken);

    public Task RefreshStatisticsAsync(CancellationToken cancellationToken = default) => Guard(Description.Location, async () =>
    {
        await using var command = dataSource.CreateCommand("ANALYZE");
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    });

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    Task<T> ISessionStore.SessionAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, SessionAccess access, CancellationToken cancellationToken) => Guard(Description.Location, async () =>
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(access == SessionAccess.Read ? IsolationLevel.RepeatableRead : IsolationLevel.ReadCommitted, cancellationToken);
        if (access == SessionAccess.Write)
        {
            await using var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PostgresMigrations.LockKey})", connection, transaction);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var session = new SqlSession(connection, transaction, PostgresDialect.Instance, clock);
        var result = await work(session, cancellationToken);
        await session.WriteFullTextAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    });

    private static async Task<T> Guard<T>(string location, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (PostgresException e) when (e.SqlState.StartsWith("23", StringComparison.Ordinal))
        {
            throw new StoreException(StoreProblem.Invalid, $"the change breaks a rule of the store: {e.MessageText}", e);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidCatalogName)
        {
            throw new StoreException(StoreProblem.Missing, $"{location}: {e.MessageText}", e);
        }
        catch (PostgresException e) when (e.SqlState.StartsWith("28", StringComparison.Ordinal))
        {
            throw new StoreException(StoreProblem.Unreachable, $"{location} refused the connection: {e.MessageText}", e);
        }
        catch (NpgsqlException e) when (e is not PostgresException && e.InnerException is TimeoutException)
        {
            throw new StoreException(StoreProblem.Unreachable, $"PostgreSQL at {location} did not answer in time: {e.Message}", e);
        }
        catch (NpgsqlException e) when (e is not PostgresException && e.InnerException is System.Net.Sockets.SocketException or IOException)
        {
            throw new StoreException(StoreProblem.Unreachable, $"cannot reach PostgreSQL at {location}: {e.InnerException!.Message}", e);
        }
    }
}
