using Chancery.Store.Sqlite;
using Chancery.Testing;

namespace Chancery.Store.Tests.Sqlite;

/// <summary>New SQLite stores, each in a temporary folder of its own, which goes when the store is disposed.</summary>
internal static class SqliteFixture
{
    public static async Task<IChanceryStore> NewAsync()
    {
        var folder = new TemporaryDirectory();
        return new OwnedStore(await SqliteStore.OpenAsync(folder.File("chancery.db"), createIfMissing: true), () =>
        {
            folder.Dispose();
            return ValueTask.CompletedTask;
        });
    }
}
