using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery init</c>: creates a database with the reference data, or reports on the one there.</summary>
internal sealed class InitCommand(CliEnvironment environment) : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken, OpenMode.Initialise);
        var counts = await workspace.Store.ReadAsync((reader, ct) => reader.CountsAsync(ct), cancellationToken);
        var what = workspace.Created ? "Created" : "Already a Chancery database:";
        environment.Out.MarkupLine($"{what} [bold]{Markup.Escape(workspace.Store.Description.ToString())}[/]");
        environment.Out.MarkupLine(
            $"{counts.Actors} states and organisations, {counts.Partnerships} partnerships, {counts.Mechanisms} mechanisms, {counts.Engagements} engagements.");
        if (counts.Engagements == 0)
        {
            environment.Out.MarkupLine("[grey]Load the demo data with `chancery demo`.[/]");
        }
        return 0;
    }
}
