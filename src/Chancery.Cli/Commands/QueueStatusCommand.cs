using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery queue status</c>: how many queued documents wait, run, are done or failed.</summary>
internal sealed class QueueStatusCommand(CliEnvironment environment) : AsyncCommand<StoreSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var counts = await workspace.Store.Jobs.CountsAsync(cancellationToken);
        environment.Out.MarkupLine($"{counts.Queued} waiting, {counts.Running} running, {counts.Done} done, {counts.Failed} failed.");
        return 0;
    }
}
