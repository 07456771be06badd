namespace Chancery.Store;

/// <summary>
/// The one way the rest of Chancery reaches its data. Each read runs on one consistent snapshot; each
/// write runs in one transaction that commits when the work completes and rolls back if it throws.
/// SQLite is the embedded default; a PostgreSQL store implements the same contract.
/// </summary>
public interface IChanceryStore : IAsyncDisposable
{
    StoreDescription Description { get; }

    /// <summary>The ingest queue workers share.</summary>
    IJobQueue Jobs { get; }

    Task<T> ReadAsync<T>(Func<IStoreReader, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);

    Task<T> WriteAsync<T>(Func<IStoreWriter, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells the engine's query planner what the data looks like now: after a large load, so that filters use the index
    /// that narrows them most. Cheap (it samples), and done on opening too.
    /// </summary>
    Task RefreshStatisticsAsync(CancellationToken cancellationToken = default);
}
