using Chancery.App.Extraction;
using Chancery.App.Ingestion;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Extraction;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery work</c>: runs workers on the store's ingest queue until no document waits. Several can run at once, on
/// several machines sharing a PostgreSQL store: each document goes to one worker, and none is stored twice.
/// </summary>
internal sealed class WorkCommand(CliEnvironment environment) : AsyncCommand<WorkSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WorkSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var store = workspace.Store;
        // Each worker reads one document at a time: the workers are the parallelism.
        var options = ExtractionOptions.Default with { Parallelism = 1, TimeLimit = TimeSpan.FromSeconds(settings.TimeoutSeconds) };
        var workers = new IngestWorkers(store, () => new Ingestor(new ExtractionRunner(Extractor.Default, options), store));
        var report = await ProgressDisplay.RunAsync(environment.Progress, $"{settings.Workers} workers on the queue",
            progress => workers.RunAsync(settings.Workers, progress, IngestionOutput.ErrorsTo(environment.Error), cancellationToken));
        environment.Out.MarkupLine(Markup.Escape(
            $"{report.Documents} documents in {report.Elapsed.TotalSeconds:0.0} s ({report.DocumentsPerSecond:0.#} a second) by {settings.Workers} workers: {IngestionOutput.Counts(report)}"));
        return report.Failed > 0 ? 1 : 0;
    }
}
