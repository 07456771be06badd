using System.Text;
using System.Text.Json;
using Chancery.App.Benchmarks;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Extraction;
using Chancery.Extraction.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery bench extract</c>: extracts a corpus of the given size on one core and reports the throughput and
/// how memory behaved. The corpus is generated as it is read (or read file by file with --corpus): never held whole.
/// </summary>
internal sealed class BenchExtractCommand(CliEnvironment environment) : AsyncCommand<BenchExtractSettings>
{
    /// <summary>How long the extractor runs at least before the timed run: long enough, with a second core, for the runtime to optimise what it runs most.</summary>
    private static readonly TimeSpan LeastWarmUp = TimeSpan.FromSeconds(5);

    /// <summary>How long it may run before the timed run while the runtime still compiles (see <see cref="ExtractionBenchmark.WarmUp"/>).</summary>
    private static readonly TimeSpan MostWarmUp = TimeSpan.FromMinutes(3);

    public override async Task<int> ExecuteAsync(CommandContext context, BenchExtractSettings settings, CancellationToken cancellationToken)
    {
        var benchmark = new ExtractionBenchmark(Extractor.Default, DocumentReader.Default);
        IEnumerable<byte[]> documents;
        long expected;
        TimeSpan warmUp;
        if (settings.Corpus is { } corpus)
        {
            var files = Directory.EnumerateFiles(corpus, "*.txt").Order(StringComparer.Ordinal).ToList();
            expected = files.Sum(f => new FileInfo(f).Length);
            documents = files.Select(File.ReadAllBytes);
            warmUp = benchmark.WarmUp([.. files.Take(200).Select(File.ReadAllText)], LeastWarmUp, MostWarmUp);
        }
        else
        {
            var seeds = BenchSeedsOption.Read(settings);
            expected = settings.SizeBytes;
            documents = new CorpusGenerator(seeds).Generate(expected).Select(Encoding.UTF8.GetBytes);
            warmUp = benchmark.WarmUp(seeds, LeastWarmUp, MostWarmUp);
        }
        var report = await ProgressDisplay.RunAsync(environment.Progress, "Extracting",
            progress => Task.FromResult(benchmark.Run(documents, expected, progress, cancellationToken)));
        if (settings.Json)
        {
            environment.WriteRaw(JsonSerializer.Serialize(Figures(report, warmUp)) + "\n");
        }
        else
        {
            BenchmarkView.Render(environment.Out, Figures(report, warmUp), report.Memory, "Managed heap (MB) as the corpus is read");
        }
        return 0;
    }

    private static Dictionary<string, double> Figures(ExtractionBenchmarkReport report, TimeSpan warmUp) => new()
    {
        ["warm_up_seconds"] = Math.Round(warmUp.TotalSeconds, 1),
        ["documents"] = report.Documents,
        ["megabytes"] = Math.Round(report.Megabytes, 1),
        ["seconds"] = Math.Round(report.Elapsed.TotalSeconds, 2),
        ["megabytes_per_second"] = Math.Round(report.MegabytesPerSecond, 2),
        ["documents_per_second"] = Math.Round(report.DocumentsPerSecond, 0),
        ["engagements"] = report.Engagements,
        ["gen0_collections"] = report.Collections,
        ["gc_pause_seconds"] = Math.Round(report.CollectorPause.TotalSeconds, 2),
        ["allocated_mb_per_mb_read"] = Math.Round(report.AllocatedBytes / (double)Math.Max(1, report.Bytes), 1),
        ["heap_first_mb"] = Math.Round(report.Memory[0].HeapBytes / 1048576.0, 1),
        ["heap_max_mb"] = Math.Round(report.Memory.Max(m => m.HeapBytes) / 1048576.0, 1),
        ["heap_last_mb"] = Math.Round(report.Memory[^1].HeapBytes / 1048576.0, 1),
        ["working_set_max_mb"] = Math.Round(report.Memory.Max(m => m.WorkingSetBytes) / 1048576.0, 1),
    };
}
