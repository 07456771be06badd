using System.Text;
using Chancery.App;
using Chancery.App.Extraction;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Extraction;
using Chancery.Extraction.Output;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery extract</c>: reads documents and writes the engagements they report, as SCHEMA.md describes.
/// A document that cannot be read gets a one-line error on stderr (and an object with its <c>error</c> in the
/// output, so that the output keeps one object per input); the others go on, and the exit code is 1.
/// </summary>
internal sealed class ExtractCommand(CliEnvironment environment) : AsyncCommand<ExtractSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        var sources = DocumentSources.Expand(settings.Paths, environment.Input).ToList();
        var runner = new ExtractionRunner(Extractor.Default, settings.Options);
        var json = settings.Format == "json";
        var failures = await ProgressDisplay.RunAsync(environment.Progress, $"Reading {sources.Count} documents", async progress =>
        {
            var failed = 0;
            var done = 0;
            environment.WriteRaw(json ? "[\n" : "");
            await foreach (var outcome in runner.RunAsync(sources, cancellationToken))
            {
                if (outcome.Error is { } error)
                {
                    environment.Error.WriteLine($"chancery: {outcome.Source.Location}: {error}");
                    failed++;
                }
                environment.WriteRaw((json && done > 0 ? ",\n" : "") + Serialize(outcome, json) + (json ? "" : "\n"));
                done++;
                progress?.Report(new LoadProgress("Reading documents", done, sources.Count));
            }
            environment.WriteRaw(json ? (done > 0 ? "\n]\n" : "]\n") : "");
            return failed;
        });
        return failures > 0 ? 1 : 0;
    }

    private static string Serialize(DocumentExtraction outcome, bool indented)
    {
        using var buffer = new MemoryStream();
        ExtractionJson.Write(buffer, outcome.Source.Id, outcome.Source.Location, outcome.Result, outcome.Error, indented);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
