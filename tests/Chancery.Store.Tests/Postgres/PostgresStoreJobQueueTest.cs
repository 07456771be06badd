namespace Chancery.Store.Tests.Postgres;

public sealed class PostgresStoreJobQueueTest : StoreJobQueueTest
{
    protected override Task<IChanceryStore> NewStoreAsync() => PostgresFixture.NewAsync();
}
