using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Chancery.Extraction;
using Chancery.Extraction.Reading;

namespace Chancery.Benchmarks;

/// <summary>
/// The extractor over the 50 MB of the generated corpus, on one thread: one operation reads it all, so the MB/s
/// column is the single-core throughput on press releases as they are written.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Settings))]
public class ExtractorBenchmark
{
    private string[] texts = [];

    [GlobalSetup(Target = nameof(ExtractText))]
    public void DecodeCorpus()
    {
        texts = [.. GeneratedCorpus.Files.Select(Encoding.UTF8.GetString)];
        Extractor.Default.Extract(texts[0]);
    }

    [GlobalSetup(Target = nameof(ReadAndExtract))]
    public void LoadCorpus() => Extractor.Default.Extract(DocumentReader.Default.Read(GeneratedCorpus.Files[0], "release.txt").Text);

    [Benchmark(Description = "extract the generated corpus (text)")]
    public int ExtractText()
    {
        var engagements = 0;
        foreach (var text in texts)
        {
            engagements += Extractor.Default.Extract(text).Engagements.Count;
        }
        return engagements;
    }

    [Benchmark(Description = "read and extract the generated corpus (bytes)")]
    public int ReadAndExtract()
    {
        var engagements = 0;
        foreach (var bytes in GeneratedCorpus.Files)
        {
            engagements += Extractor.Default.Extract(DocumentReader.Default.Read(bytes, "release.txt").Text).Engagements.Count;
        }
        return engagements;
    }

    /// <summary>
    /// An operation takes seconds, so each iteration runs it once, after two warm-up runs that let the runtime optimise
    /// what it runs most; five iterations give the mean and its error.
    /// </summary>
    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(new ThroughputColumn());
        }
    }
}
