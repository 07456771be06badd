using System.Text;

namespace Chancery.Benchmarks;

/// <summary>The dev corpus of the repository (data/corpus/dev), found from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class DevCorpus
{
    public static IReadOnlyList<string> Texts { get; } = Load();

    public static long Bytes { get; } = Texts.Sum(text => (long)Encoding.UTF8.GetByteCount(text));

    private static List<string> Load()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var dev = Path.Combine(directory.FullName, "data", "corpus", "dev");
            if (Directory.Exists(dev))
            {
                return [.. Directory.EnumerateFiles(dev, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
            }
        }
        throw new InvalidOperationException($"no data/corpus/dev above {AppContext.BaseDirectory}");
    }
}
