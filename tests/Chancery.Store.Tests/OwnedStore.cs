using Chancery.Store.Sql;

namespace Chancery.Store.Tests;

/// <summary>A store a test opened on something of its own (a folder, a schema), which goes when the store is disposed.</summary>
internal sealed class OwnedStore(IChanceryStore store, Func<ValueTask> release) : IChanceryStore, ISessionStore
{
    public StoreDescription Description => store.Description;

    public IJobQueue Jobs => store.Jobs;

    public Task<T> ReadAsync<T>(Func<IStoreReader, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        store.ReadAsync(work, cancellationToken);

    public Task<T> WriteAsync<T>(Func<IStoreWriter, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        store.WriteAsync(work, cancellationToken);

    Task<T> ISessionStore.SessionAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, SessionAccess access, CancellationToken cancellationToken) =>
        ((ISessionStore)store).SessionAsync(work, access, cancellationToken);

    public Task RefreshStatisticsAsync(CancellationToken cancellationToken = default) => store.RefreshStatisticsAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        await release();
    }
}
