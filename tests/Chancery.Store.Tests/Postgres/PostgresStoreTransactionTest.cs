namespace Chancery.Store.Tests.Postgres;

public sealed class PostgresStoreTransactionTest : StoreTransactionTest
{
    protected override Task<IChanceryStore> NewStoreAsync() => PostgresFixture.NewAsync();
}
