using Chancery.Store.Postgres;
using Chancery.Store.Sql;
using Chancery.Testing;

namespace Chancery.Store.Tests.Postgres;

/// <summary>A new PostgreSQL store in a schema of its own, which is dropped when the store is disposed.</summary>
internal sealed class PostgresFixture(IChanceryStore store, TestPostgres schema) : IChanceryStore, ISessionStore
{
    public StoreDescription Description => store.Description;

    public static async Task<IChanceryStore> NewAsync()
    {
        var schema = await TestPostgres.NewSchemaAsync();
        return new PostgresFixture(await PostgresStore.OpenAsync(schema.ConnectionString, createIfMissing: true), schema);
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
        await schema.DisposeAsync();
    }
}
