using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Chancery.Extraction;
using Chancery.Extraction.Reading;

namespace Chancery.Benchmarks;

/// <summary>
/// The extractor over the 81 documents of the dev corpus, on one thread: one operation reads them all, so the
/// MB/s column is the single-core throughput on press releases as they are written.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class ExtractorBenchmark
{
    private byte[][] files = [];

    [GlobalSetup]
    public void LoadCorpus()
    {
        files = [.. DevCorpus.Texts.Select(System.Text.Encoding.UTF8.GetBytes)];
        Extractor.Default.Extract(DevCorpus.Texts[0]);
    }

    [Benchmark(Description = "extract the dev corpus (text)")]
    public int ExtractText()
    {
        var engagements = 0;
        foreach (var text in DevCorpus.Texts)
        {
            engagements += Extractor.Default.Extract(text).Engagements.Count;
        }
        return engagements;
    }

    [Benchmark(Description = "read and extract the dev corpus (bytes)")]
    public int ReadAndExtract()
    {
        var engagements = 0;
        foreach (var bytes in files)
        {
            engagements += Extractor.Default.Extract(DocumentReader.Default.Read(bytes, "release.txt").Text).Engagements.Count;
        }
        return engagements;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ThroughputColumn());
    }
}
