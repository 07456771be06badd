namespace Chancery.Store.Tests.Sqlite;

public sealed class SqliteStoreQueryTest : StoreQueryTest
{
    protected override Task<IChanceryStore> NewStoreAsync() => SqliteFixture.NewAsync();
}
