using Chancery.Store;
using Chancery.Testing;

namespace Chancery.App.Tests;

public sealed class WorkspaceTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Given_no_database_at_the_default_location_when_Chancery_opens_then_it_creates_one_with_reference_and_demo_data()
    {
        var location = new StoreLocation(folder.File("data/chancery/chancery.db"), IsDefault: true);

        await using var workspace = await Workspace.OpenAsync(location, OpenMode.Existing);

        workspace.Created.ShouldBeTrue();
        workspace.Demo!.Engagements.ShouldBeGreaterThanOrEqualTo(62);
        var counts = await workspace.Store.ReadAsync((r, ct) => r.CountsAsync(ct));
        counts.Actors.ShouldBeGreaterThan(260);
        counts.Partnerships.ShouldBe(20);
        counts.Engagements.ShouldBe(workspace.Demo.Engagements);
    }

    [Fact]
    public async Task Given_a_database_at_the_default_location_when_Chancery_opens_again_then_nothing_is_loaded_twice()
    {
        var location = new StoreLocation(folder.File("chancery.db"), IsDefault: true);
        await (await Workspace.OpenAsync(location, OpenMode.Existing)).DisposeAsync();

        await using var again = await Workspace.OpenAsync(location, OpenMode.Existing);

        again.Created.ShouldBeFalse();
        again.Demo.ShouldBeNull();
        (await again.Store.ReadAsync((r, ct) => r.CountsAsync(ct))).Engagements.ShouldBe(DemoSize);
    }

    [Fact]
    public async Task Given_an_explicit_location_with_no_database_when_Chancery_opens_then_it_refuses_and_creates_nothing()
    {
        var location = new StoreLocation(folder.File("team.db"), IsDefault: false);

        var error = await Should.ThrowAsync<StoreException>(() => Workspace.OpenAsync(location, OpenMode.Existing));

        error.Problem.ShouldBe(StoreProblem.Missing);
        File.Exists(location.Path).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_an_explicit_location_when_initialised_then_the_database_holds_reference_data_only()
    {
        var location = new StoreLocation(folder.File("team.db"), IsDefault: false);

        await using var workspace = await Workspace.OpenAsync(location, OpenMode.Initialise);

        workspace.Created.ShouldBeTrue();
        workspace.Demo.ShouldBeNull();
        var counts = await workspace.Store.ReadAsync((r, ct) => r.CountsAsync(ct));
        counts.Mechanisms.ShouldBeGreaterThan(50);
        counts.Engagements.ShouldBe(0);
        (await workspace.Store.ReadAsync((r, ct) => r.MetaAsync(ReferenceSeeder.FingerprintKey, ct))).ShouldBe(ReferenceData.ReferenceCatalog.Default.Fingerprint);
    }

    private static int DemoSize => DemoDatasetFacts.EngagementCount;
}
