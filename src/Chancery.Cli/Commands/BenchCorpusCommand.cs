using System.Globalization;
using Chancery.App.Benchmarks;
using Chancery.Cli.Settings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery bench corpus</c>: writes a generated benchmark corpus to a folder, one file a document.</summary>
internal sealed class BenchCorpusCommand(CliEnvironment environment) : Command<BenchCorpusSettings>
{
    public override int Execute(CommandContext context, BenchCorpusSettings settings, CancellationToken cancellationToken)
    {
        var seeds = BenchSeedsOption.Read(settings);
        Directory.CreateDirectory(settings.Output);
        var count = 0;
        foreach (var text in new CorpusGenerator(seeds).Generate(settings.SizeBytes))
        {
            cancellationToken.ThrowIfCancellationRequested();
            File.WriteAllText(Path.Combine(settings.Output, $"doc-{count:D6}.txt"), text);
            count++;
        }
        environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count:N0} documents ({settings.SizeMegabytes} MB) to {settings.Output}."));
        return 0;
    }
}
