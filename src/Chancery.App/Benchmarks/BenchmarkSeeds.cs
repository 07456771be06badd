namespace Chancery.App.Benchmarks;

/// <summary>Where a benchmark corpus is grown from: the press releases of a folder, by default the dev corpus of the repository.</summary>
public static class BenchmarkSeeds
{
    /// <summary>The dev corpus in the repository the current folder is in (data/corpus/dev), or null outside one.</summary>
    public static string? FindDevCorpus(string from)
    {
        for (var directory = new DirectoryInfo(from); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data", "corpus", "dev");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The texts of the .txt files of a folder, in name order.</summary>
    public static IReadOnlyList<string> Read(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
}
