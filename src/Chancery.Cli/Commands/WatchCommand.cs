using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery watch FEED... --every 15m</c>: polls feeds until stopped, ingesting the stories they add. Each poll asks
/// conditionally, so an unchanged feed costs one short request; a failed poll is reported and the next one comes.
/// </summary>
internal sealed class WatchCommand(CliEnvironment environment) : AsyncCommand<WatchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WatchSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings.Database, cancellationToken);
        for (var poll = 1; settings.Polls is null || poll <= settings.Polls; poll++)
        {
            environment.Out.MarkupLine($"[grey]{environment.Clock.GetLocalNow():yyyy-MM-dd HH:mm:ss} poll {poll}[/]");
            await IngestRun.RunAsync(environment, workspace, settings, cancellationToken);
            if (settings.Polls is { } polls && poll >= polls)
            {
                break;
            }
            try
            {
                await Task.Delay(settings.Interval, environment.Clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return 0;
    }
}
