namespace Chancery.Store.Tests.Sqlite;

public sealed class SqliteStoreTransactionTest : StoreTransactionTest
{
    protected override Task<IChanceryStore> NewStoreAsync() => SqliteFixture.NewAsync();
}
