using Chancery.Store.Postgres;
using Chancery.Testing;

namespace Chancery.Store.Tests.Postgres;

/// <summary>New PostgreSQL stores, each in a schema of its own, which is dropped when the store is disposed.</summary>
internal static class PostgresFixture
{
    public static async Task<IChanceryStore> NewAsync()
    {
        var schema = await TestPostgres.NewSchemaAsync();
        return new OwnedStore(await PostgresStore.OpenAsync(schema.ConnectionString, createIfMissing: true), schema.DisposeAsync);
    }
}
