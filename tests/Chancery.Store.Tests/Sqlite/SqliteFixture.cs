using Chancery.Store.Sqlite;
using Chancery.Store.Sql;
using Chancery.Testing;

namespace Chancery.Store.Tests.Sqlite;

/// <summary>A new SQLite store in a temporary folder of its own, which goes when the store is disposed.</summary>
internal sealed class SqliteFixture(IChanceryStore store, TemporaryDirectory folder) : IChanceryStore, ISessionStore
{
    public StoreDescription Description => store.Description;

    public static async Task<IChanceryStore> NewAsync()
    {
        var folder = new TemporaryDirectory();
        return new SqliteFixture(await SqliteStore.OpenAsync(folder.File("chancery.db"), createIfMissing: true), folder);
    }

    public Task<T> ReadAsync<T>(Func<IStoreReader, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        store.ReadAsync(work, cancellationToken);

    public Task<T> WriteAsync<T>(Func<IStoreWriter, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        store.WriteAsync(work, cancellationToken);

    Task<T> ISessionStore.SessionAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, bool write, CancellationToken cancellationToken) =>
        ((ISessionStore)store).SessionAsync(work, write, cancellationToken);

    public Task RefreshStatisticsAsync(CancellationToken cancellationToken = default) => store.RefreshStatisticsAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        folder.Dispose();
    }
}
