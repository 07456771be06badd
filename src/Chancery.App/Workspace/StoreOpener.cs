using Chancery.Store;
using Chancery.Store.Postgres;
using Chancery.Store.Sqlite;

namespace Chancery.App;

/// <summary>Opens the engine a location names: PostgreSQL for a connection string, else the SQLite file at that path.</summary>
public static class StoreOpener
{
    /// <returns>The store, and whether opening it created it (the file, or the schema).</returns>
    /// <exception cref="StoreException">The store is missing and not to be created, or cannot be used.</exception>
    public static async Task<(IChanceryStore Store, bool Created)> OpenAsync(StoreLocation location, bool create, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        if (location.IsPostgres)
        {
            var postgres = await PostgresStore.OpenAsync(location.Path, create, clock, cancellationToken);
            return (postgres, postgres.Created);
        }
        var existed = File.Exists(location.Path);
        return (await SqliteStore.OpenAsync(location.Path, create, clock, cancellationToken), !existed);
    }
}
