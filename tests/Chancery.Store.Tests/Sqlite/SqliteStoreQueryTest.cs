namespace Chancery.Store.Tests.Sqlite;

public sealed class SqliteStoreQueryTest : StoreQueryTest
{
    private Testing.TemporaryDirectory? folder;

    protected override async Task<IChanceryStore> NewStoreAsync()
    {
        (var store, folder) = await SqliteFixture.NewAsync();
        return store;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder?.Dispose();
    }
}
