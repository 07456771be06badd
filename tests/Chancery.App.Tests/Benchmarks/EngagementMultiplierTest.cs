using Chancery.App.Benchmarks;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Testing;

namespace Chancery.App.Tests.Benchmarks;

public sealed class EngagementMultiplierTest
{
    [Fact]
    public async Task Given_the_demo_When_grown_Then_the_log_holds_that_many_with_a_tenth_restricted_and_a_twentieth_confidential()
    {
        using var folder = new TemporaryDirectory();
        await using var workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("grow.db"), IsDefault: false), OpenMode.Initialise);
        await DemoLoader.LoadAsync(workspace.Store);
        var demo = await Count(workspace.Store, Classification.Confidential);

        var grown = await EngagementMultiplier.GrowAsync(workspace.Store, 2_000);

        grown.ShouldBe(2_000);
        (await Count(workspace.Store, Classification.Confidential)).ShouldBe(2_000);
        (await Count(workspace.Store, Classification.Public)).ShouldBeInRange(demo + 1_600, demo + 1_800);
        var mechanisms = await workspace.Store.ReadAsync((r, ct) => r.MechanismsAsync(cancellationToken: ct));
        mechanisms.Sum(m => m.Sittings.Count).ShouldBe((await DemoMechanismSittingsAsync()));
    }

    private static Task<int> Count(IChanceryStore store, Classification clearance) =>
        store.ReadAsync(async (r, ct) => (await r.FindEngagementsAsync(new EngagementQuery { Clearance = clearance, Limit = 0 }, ct)).Total);

    /// <summary>The sittings a store with the demo alone knows: growing the log adds none.</summary>
    private static async Task<int> DemoMechanismSittingsAsync()
    {
        using var folder = new TemporaryDirectory();
        await using var workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("demo.db"), IsDefault: false), OpenMode.Initialise);
        await DemoLoader.LoadAsync(workspace.Store);
        return (await workspace.Store.ReadAsync((r, ct) => r.MechanismsAsync(cancellationToken: ct))).Sum(m => m.Sittings.Count);
    }
}
