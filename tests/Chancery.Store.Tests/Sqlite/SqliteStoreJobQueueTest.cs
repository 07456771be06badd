namespace Chancery.Store.Tests.Sqlite;

public sealed class SqliteStoreJobQueueTest : StoreJobQueueTest
{
    protected override Task<IChanceryStore> NewStoreAsync() => SqliteFixture.NewAsync();
}
