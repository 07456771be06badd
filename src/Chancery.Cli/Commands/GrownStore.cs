using Chancery.App;
using Chancery.App.Benchmarks;
using Chancery.Cli.Rendering;

namespace Chancery.Cli.Commands;

/// <summary>
/// The store the web benchmarks serve: the database --db names (made with the demo data if missing), or a temporary one
/// deleted afterwards, grown to the engagements (and people) asked for.
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

    /// <param name="database">The database to use and keep; null for a temporary one.</param>
    /// <param name="people">People to grow first and spread over the engagements' participants; null to keep the demo's.</param>
    public static async Task<GrownStore> OpenAsync(CliEnvironment environment, string? database, int engagements, int? people, CancellationToken cancellationToken)
    {
        var folder = database is null ? Directory.CreateTempSubdirectory("chancery-bench-") : null;
        var path = database ?? Path.Combine(folder!.FullName, "bench.db");
        Workspace? workspace = null;
        try
        {
            // Initialise opens a store that is there as it is, and creates one (a file, or a PostgreSQL schema) that is not.
            workspace = await Workspace.OpenAsync(new StoreLocation(path, IsDefault: false), OpenMode.Initialise, clock: environment.Clock, cancellationToken: cancellationToken);
            if (workspace.Created)
            {
                await DemoLoader.LoadAsync(workspace.Store, cancellationToken: cancellationToken);
            }
            var store = workspace.Store;
            var participants = people is { } target
                ? await ProgressDisplay.RunAsync(environment.Progress, "Growing the people", progress => PeopleMultiplier.GrowAsync(store, target, progress, cancellationToken))
                : null;
            var grown = await ProgressDisplay.RunAsync(environment.Progress, "Growing the engagement log",
                progress => EngagementMultiplier.GrowAsync(store, engagements, progress, participants, cancellationToken));
            return new GrownStore(workspace, grown, folder);
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
