namespace Chancery.Store.Tests.Postgres;

public sealed class PostgresStoreRoundTripTest : StoreRoundTripTest
{
    protected override Task<IChanceryStore> NewStoreAsync() => PostgresFixture.NewAsync();
}
