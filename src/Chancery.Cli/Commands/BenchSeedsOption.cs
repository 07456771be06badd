using Chancery.App.Benchmarks;
using Chancery.Cli.Settings;

namespace Chancery.Cli.Commands;

/// <summary>The releases a benchmark corpus grows from, or the one-line reason there are none.</summary>
internal static class BenchSeedsOption
{
    public static IReadOnlyList<string> Read(BenchSettings settings)
    {
        var folder = settings.From ?? BenchmarkSeeds.FindDevCorpus(Environment.CurrentDirectory)
            ?? throw new UsageException("no releases to grow a corpus from: give --from DIR (the repository keeps them in data/corpus/dev)");
        var seeds = BenchmarkSeeds.Read(folder);
        return seeds.Count > 0 ? seeds : throw new UsageException($"--from {folder}: no .txt releases in it");
    }
}
