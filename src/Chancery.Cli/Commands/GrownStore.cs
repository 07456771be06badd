using Chancery.App;
using Chancery.App.Benchmarks;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;

namespace Chancery.Cli.Commands;

/// <summary>
/// The store the web benchmarks serve: the database --db names (made with the demo data if missing), or a temporary one
/// deleted afterwards, grown to the engagements asked for.
/// </summary>
internal sealed class GrownStore : IAsyncDisposable
{
    private readonly DirectoryInfo? folder;

    private GrownStore(Workspace workspace, int engagements, DirectoryInfo? folder)
    {
        Workspace = workspace;
        Engagements = engagements;
        this.folder = folder;
    }

    public Workspace Workspace { get; }

    /// <summary>How many engagements the store holds once grown.</summary>
    public int Engagements { get; }

    public static async Task<GrownStore> OpenAsync(CliEnvironment environment, BenchStoreSettings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Database is null ? Directory.CreateTempSubdirectory("chancery-bench-") : null;
        var path = settings.Database ?? Path.Combine(folder!.FullName, "bench.db");
        Workspace? workspace = null;
        try
        {
            var existed = File.Exists(path);
            workspace = await Workspace.OpenAsync(new StoreLocation(path, IsDefault: false), existed ? OpenMode.Existing : OpenMode.Initialise, clock: environment.Clock, cancellationToken: cancellationToken);
            if (!existed)
            {
                await DemoLoader.LoadAsync(workspace.Store, cancellationToken: cancellationToken);
            }
            var store = workspace.Store;
            var engagements = await ProgressDisplay.RunAsync(environment.Progress, "Growing the engagement log",
                progress => EngagementMultiplier.GrowAsync(store, settings.Engagements, progress, cancellationToken));
            return new GrownStore(workspace, engagements, folder);
        }
        catch
        {
            if (workspace is not null)
            {
                await workspace.DisposeAsync();
            }
            folder?.Delete(recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Workspace.DisposeAsync();
        folder?.Delete(recursive: true);
    }
}
