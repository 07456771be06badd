using Chancery.App;
using Chancery.App.Extraction;
using Chancery.App.Fetching;
using Chancery.App.Ingestion;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Extraction;
using Spectre.Console;

namespace Chancery.Cli.Commands;

/// <summary>
/// One round of ingestion, as <c>ingest</c> runs it once and <c>watch</c> at every poll: addresses fetched (feeds
/// conditionally), files expanded, everything ingested with a progress bar, errors one line each on stderr.
/// </summary>
internal static class IngestRun
{
    /// <returns>How many documents or addresses failed.</returns>
    public static async Task<int> RunAsync(CliEnvironment environment, Workspace workspace, IngestSettings settings, CancellationToken cancellationToken)
    {
        using var fetcher = new WebFetcher(settings.FetchOptions);
        var web = new WebSources(fetcher, workspace.Store);
        var fetched = settings.Urls.Count == 0 ? new WebExpansion([], [], 0, 0)
            : await ProgressDisplay.RunAsync(environment.Progress, $"Fetching {settings.Urls.Count} addresses", _ => web.ExpandAsync(settings.Urls, cancellationToken));
        foreach (var failure in fetched.Failures)
        {
            environment.Error.WriteLine($"chancery: {failure.Url}: {failure.Error}");
        }
        var sources = DocumentSources.Expand(settings.Files, environment.Input).Concat(fetched.Documents).ToList();
        var ingestor = new Ingestor(new ExtractionRunner(Extractor.Default, settings.Options), workspace.Store);
        var report = await ProgressDisplay.RunAsync(environment.Progress, $"Ingesting {sources.Count} documents",
            progress => ingestor.IngestAsync(sources, settings.IngestOptions, progress, IngestionOutput.ErrorsTo(environment.Error), cancellationToken));
        await web.CommitAsync(fetched, cancellationToken);
        var nothingNew = fetched.Unchanged + fetched.Known > 0 ? $" Not fetched, as nothing was new: {fetched.Unchanged} feeds unchanged, {fetched.Known} addresses stored before." : "";
        environment.Out.MarkupLine(Markup.Escape(
            $"{report.Documents} documents in {report.Elapsed.TotalSeconds:0.0} s ({report.DocumentsPerSecond:0.#} a second): {IngestionOutput.Counts(report)}{nothingNew}"));
        return report.Failed + fetched.Failures.Count;
    }
}
