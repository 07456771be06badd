using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery demo</c>: loads the demo dataset once.</summary>
internal sealed class DemoCommand(CliEnvironment environment) : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var result = await ProgressDisplay.RunAsync(environment.Progress, "Loading demo data",
            progress => DemoLoader.LoadAsync(workspace.Store, progress, cancellationToken));
        var where = Markup.Escape(workspace.Store.Description.Location);
        environment.Out.MarkupLine(result.AlreadyLoaded
            ? $"{where} already holds the demo data."
            : $"Loaded the demo data into {where}: {result.Engagements} engagements, {result.People} people, {result.Sources} sources, {result.Plans} plans.");
        return 0;
    }
}
