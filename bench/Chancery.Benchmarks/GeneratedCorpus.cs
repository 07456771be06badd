using System.Text;
using Chancery.App.Benchmarks;

namespace Chancery.Benchmarks;

/// <summary>
/// What the extraction benchmarks read: 50 MB of press releases grown from the dev corpus of the repository by the
/// generator <c>chancery bench extract</c> uses (each copy of a release with its years and ordinals moved), made once
/// and kept as UTF-8 bytes, as the files would be read.
/// </summary>
internal static class GeneratedCorpus
{
    private const long Size = 50L * 1024 * 1024;

    public static IReadOnlyList<byte[]> Files { get; } = Generate();

    public static long Bytes { get; } = Files.Sum(file => (long)file.Length);

    private static List<byte[]> Generate()
    {
        var dev = BenchmarkSeeds.FindDevCorpus(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"no data/corpus/dev above {AppContext.BaseDirectory}");
        return [.. new CorpusGenerator(BenchmarkSeeds.Read(dev)).Generate(Size).Select(Encoding.UTF8.GetBytes)];
    }
}
