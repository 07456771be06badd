using Chancery.Store.Sqlite;
using Chancery.Testing;

namespace Chancery.Store.Tests.Sqlite;

/// <summary>A new SQLite store in its own temporary folder for each test.</summary>
internal static class SqliteFixture
{
    public static async Task<(IChanceryStore Store, TemporaryDirectory Folder)> NewAsync()
    {
        var folder = new TemporaryDirectory();
        return (await SqliteStore.OpenAsync(folder.File("chancery.db"), createIfMissing: true), folder);
    }
}
