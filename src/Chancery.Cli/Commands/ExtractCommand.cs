using Chancery.Cli.Settings;
using Chancery.Extraction;
using Chancery.Extraction.Output;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery extract</c>: reads documents and writes the engagements they report, as SCHEMA.md describes.</summary>
internal sealed class ExtractCommand(CliEnvironment environment) : AsyncCommand<ExtractSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        var files = settings.Paths.SelectMany(Expand).ToList();
        var output = Console.OpenStandardOutput();
        var failed = false;
        var json = settings.Format == "json";
        if (json)
        {
            output.Write("[\n"u8);
        }
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i];
            var id = Path.GetFileNameWithoutExtension(path);
            string text;
            try
            {
                text = await File.ReadAllTextAsync(path, cancellationToken);
            }
            catch (IOException e)
            {
                environment.Error.WriteLine($"chancery: {path}: {e.Message}");
                failed = true;
                continue;
            }
            var result = Extractor.Default.Extract(text, settings.PublishedDate);
            if (json && i > 0)
            {
                output.Write(",\n"u8);
            }
            ExtractionJson.Write(output, id, path, result, indented: json);
            if (!json)
            {
                output.Write("\n"u8);
            }
        }
        if (json)
        {
            output.Write("\n]\n"u8);
        }
        await output.FlushAsync(cancellationToken);
        return failed ? 1 : 0;
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".jsonl", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal) : [path];
}
