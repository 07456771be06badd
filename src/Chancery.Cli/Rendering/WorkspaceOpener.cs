using Chancery.App;
using Chancery.Cli.Settings;
using Spectre.Console;

namespace Chancery.Cli.Rendering;

/// <summary>Opens the store a command names, with a progress bar and a note when a first run creates it.</summary>
internal static class WorkspaceOpener
{
    public static Task<Workspace> OpenAsync(CliEnvironment environment, StoreSettings settings, CancellationToken cancellationToken, OpenMode mode = OpenMode.Existing) =>
        OpenAsync(environment, settings.Database, cancellationToken, mode);

    /// <param name="database">The path the command was given, or null for the default.</param>
    public static async Task<Workspace> OpenAsync(CliEnvironment environment, string? database, CancellationToken cancellationToken, OpenMode mode = OpenMode.Existing)
    {
        var location = StoreLocation.Resolve(database, environment.Variables);
        var workspace = await ProgressDisplay.RunAsync(environment.Progress, "Opening Chancery",
            progress => Workspace.OpenAsync(location, mode, progress, environment.Clock, cancellationToken));
        if (workspace.Demo is { AlreadyLoaded: false } demo)
        {
            environment.Progress.MarkupLine(
                $"[grey]First run: created {Markup.Escape(workspace.Store.Description.Location)} with the demo data ({demo.Engagements} engagements).[/]");
        }
        return workspace;
    }
}
