using Chancery.App;
using Chancery.App.Review;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery review</c>: the drafts and flagged records waiting for a person, each with its evidence.</summary>
internal sealed class ReviewCommand(CliEnvironment environment) : AsyncCommand<ListSettings>
{
    /// <summary>How many records a review shows when not told: enough for a sitting, few enough to read.</summary>
    private const int DefaultLimit = 10;

    public override async Task<int> ExecuteAsync(CommandContext context, ListSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var queue = await new ReviewDesk(workspace.Store).QueueAsync(settings.Limit ?? DefaultLimit, cancellationToken: cancellationToken);
        var documents = await EngagementReader.DocumentsAsync(workspace.Store, queue, Clearance.Local, cancellationToken);
        if (settings.Json)
        {
            environment.WriteRaw(ChanceryJson.Serialize(documents) + "\n");
            return 0;
        }
        if (documents.Count == 0)
        {
            environment.Out.WriteLine("Nothing waits for review.");
            return 0;
        }
        var actors = await ActorDirectory.LoadAsync(workspace.Store, cancellationToken);
        foreach (var document in documents)
        {
            EngagementView.Render(environment.Out, document, actors);
        }
        environment.Out.MarkupLine("[grey]Answer with `chancery confirm ID`, `chancery reject ID` or `chancery edit ID --date ... --city ...`.[/]");
        return 0;
    }
}
