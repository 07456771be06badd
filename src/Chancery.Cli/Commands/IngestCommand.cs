using Chancery.App.Extraction;
using Chancery.App.Ingestion;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Extraction;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery ingest</c>: reads documents into the store as sources and draft engagements. A document that cannot
/// be read gets a one-line error on stderr and is skipped; the others go on, and the exit code is 1.
/// </summary>
internal sealed class IngestCommand(CliEnvironment environment) : AsyncCommand<IngestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        var sources = DocumentSources.Expand(settings.Paths, environment.Input).ToList();
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings.Database, cancellationToken);
        var ingestor = new Ingestor(new ExtractionRunner(Extractor.Default, settings.Options), workspace.Store);
        var report = await ProgressDisplay.RunAsync(environment.Progress, $"Ingesting {sources.Count} documents",
            progress => ingestor.IngestAsync(sources, settings.IngestOptions, progress, outcome =>
            {
                if (outcome.Error is { } error)
                {
                    environment.Error.WriteLine($"chancery: {outcome.Location}: {error}");
                }
            }, cancellationToken));
        environment.Out.MarkupLine(
            $"{report.Documents.Count} documents in {report.Elapsed.TotalSeconds:0.0} s ({report.DocumentsPerSecond:0.#} a second): "
            + $"{report.Stored} stored, {report.AlreadyStored} already stored, {report.Failed} failed; "
            + $"{report.Created} engagements new, {report.Merged} reported again, {report.Flags} flags for review.");
        if (report.Created + report.Flags > 0)
        {
            environment.Out.MarkupLine("[grey]`chancery review` lists the drafts and flags waiting for review.[/]");
        }
        return report.Failed > 0 ? 1 : 0;
    }
}
