using System.Text.Json;
using Chancery.App;
using Chancery.App.Benchmarks;
using Chancery.App.Extraction;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Extraction;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery bench ingest</c>: ingests a generated corpus (100,000 releases by default) into a new SQLite database,
/// end to end on every core, and reports documents per second and how memory behaved.
/// </summary>
internal sealed class BenchIngestCommand(CliEnvironment environment) : AsyncCommand<BenchIngestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchIngestSettings settings, CancellationToken cancellationToken)
    {
        var corpus = new CorpusGenerator(BenchSeedsOption.Read(settings));
        var folder = settings.Database is null ? Directory.CreateTempSubdirectory("chancery-bench-") : null;
        var path = settings.Database ?? Path.Combine(folder!.FullName, "bench.db");
        try
        {
            IngestionBenchmarkReport report;
            await using (var workspace = await Workspace.OpenAsync(new StoreLocation(path, IsDefault: false), OpenMode.Initialise, clock: environment.Clock, cancellationToken: cancellationToken))
            {
                var runner = new ExtractionRunner(Extractor.Default, ExtractionOptions.Default);
                var benchmark = new IngestionBenchmark(runner, workspace.Store, corpus);
                report = await ProgressDisplay.RunAsync(environment.Progress, "Ingesting", progress => benchmark.RunAsync(settings.Documents, progress, cancellationToken: cancellationToken));
            }
            if (settings.Json)
            {
                environment.WriteRaw(JsonSerializer.Serialize(Figures(report, path)) + "\n");
            }
            else
            {
                BenchmarkView.Render(environment.Out, Figures(report, path), report.Memory, "Managed heap (MB) as the corpus is ingested");
                if (settings.Database is not null)
                {
                    environment.Out.MarkupLine($"[grey]The database is kept: {Markup.Escape(path)}[/]");
                }
            }
            return report.Failed > 0 ? 1 : 0;
        }
        finally
        {
            folder?.Delete(recursive: true);
        }
    }

    private static Dictionary<string, double> Figures(IngestionBenchmarkReport report, string path) => new()
    {
        ["documents"] = report.Documents,
        ["megabytes"] = Math.Round(report.Megabytes, 1),
        ["seconds"] = Math.Round(report.Elapsed.TotalSeconds, 1),
        ["documents_per_second"] = Math.Round(report.DocumentsPerSecond, 0),
        ["engagements_new"] = report.Engagements,
        ["engagements_reported_again"] = report.Merged,
        ["failed"] = report.Failed,
        ["heap_first_mb"] = Math.Round(report.Memory[0].HeapBytes / 1048576.0, 1),
        ["heap_max_mb"] = Math.Round(report.Memory.Max(m => m.HeapBytes) / 1048576.0, 1),
        ["heap_last_mb"] = Math.Round(report.Memory[^1].HeapBytes / 1048576.0, 1),
        ["working_set_max_mb"] = Math.Round(report.Memory.Max(m => m.WorkingSetBytes) / 1048576.0, 1),
        ["database_mb"] = File.Exists(path) ? Math.Round(new FileInfo(path).Length / 1048576.0, 1) : 0,
    };
}
