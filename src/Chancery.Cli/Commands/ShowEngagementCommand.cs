using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery show engagement ID</c>: one engagement in full, with the evidence its sources give.</summary>
internal sealed class ShowEngagementCommand(CliEnvironment environment) : AsyncCommand<ShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var documents = await EngagementReader.DocumentsAsync(workspace.Store, [settings.EngagementId], Clearance.Local, cancellationToken);
        var engagement = documents.SingleOrDefault() ?? throw new UsageException($"there is no engagement #{settings.EngagementId} in {workspace.Store.Description.Location}");
        if (settings.Json)
        {
            environment.WriteRaw(ChanceryJson.Serialize(engagement) + "\n");
            return 0;
        }
        var actors = await ActorDirectory.LoadAsync(workspace.Store, cancellationToken);
        EngagementView.Render(environment.Out, engagement, actors);
        return 0;
    }
}
