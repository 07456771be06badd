using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery ingest</c>: reads documents (files, pages, feeds) into the store as sources and draft engagements. A
/// document that cannot be read gets a one-line error on stderr and is skipped; the others go on, and the exit code is 1.
/// </summary>
internal sealed class IngestCommand(CliEnvironment environment) : AsyncCommand<IngestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings.Database, cancellationToken);
        var failures = await IngestRun.RunAsync(environment, workspace, settings, cancellationToken);
        environment.Out.MarkupLine("[grey]`chancery review` lists the drafts and flags waiting for review.[/]");
        return failures > 0 ? 1 : 0;
    }
}
