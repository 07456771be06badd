namespace Chancery.Store.Tests.Sqlite;

public sealed class SqliteStoreRoundTripTest : StoreRoundTripTest
{
    protected override Task<IChanceryStore> NewStoreAsync() => SqliteFixture.NewAsync();
}
