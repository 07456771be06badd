using Chancery.App.Extraction;
using Chancery.App.Ingestion;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery queue add</c>: puts documents on the store's ingest queue, bytes and all, for workers (<c>chancery work</c>,
/// on this machine or others sharing the store) to read in.
/// </summary>
internal sealed class QueueAddCommand(CliEnvironment environment) : AsyncCommand<IngestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Urls.Count > 0)
        {
            throw new UsageException($"queue add takes files and folders, not addresses ({settings.Urls[0]}); `chancery ingest` fetches them");
        }
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings.Database, cancellationToken);
        var sources = DocumentSources.Expand(settings.Files, environment.Input).ToList();
        var queued = await IngestWorkers.EnqueueAsync(workspace.Store, sources, settings.IngestOptions, cancellationToken);
        var counts = await workspace.Store.Jobs.CountsAsync(cancellationToken);
        environment.Out.MarkupLine($"Queued {queued} documents; {counts.Queued} wait in {Markup.Escape(workspace.Store.Description.Location)}. `chancery work` reads them in.");
        return 0;
    }
}
