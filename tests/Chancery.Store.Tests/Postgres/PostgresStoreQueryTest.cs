namespace Chancery.Store.Tests.Postgres;

public sealed class PostgresStoreQueryTest : StoreQueryTest
{
    protected override Task<IChanceryStore> NewStoreAsync() => PostgresFixture.NewAsync();
}
