using Chancery.App.Benchmarks;
using Chancery.App.Extraction;
using Chancery.Extraction;
using Chancery.Testing;

namespace Chancery.App.Tests.Benchmarks;

public sealed class IngestionBenchmarkTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Given_a_generated_corpus_When_ingested_Then_the_report_counts_documents_bytes_and_engagements_and_samples_the_heap()
    {
        var seeds = BenchmarkSeeds.Read(Repository.Path("data", "corpus", "dev")).Take(5).ToList();
        await using var workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("bench.db"), IsDefault: false), OpenMode.Initialise);
        var benchmark = new IngestionBenchmark(new ExtractionRunner(Extractor.Default, ExtractionOptions.Default), workspace.Store, new CorpusGenerator(seeds));

        var report = await benchmark.RunAsync(20);

        report.Documents.ShouldBe(20);
        report.Failed.ShouldBe(0);
        report.Bytes.ShouldBe(Enumerable.Range(0, 20).Sum(i => (long)System.Text.Encoding.UTF8.GetByteCount(new CorpusGenerator(seeds).News(i))));
        report.Engagements.ShouldBeGreaterThan(0);
        report.Memory.Count.ShouldBe(11);
        (await workspace.Store.ReadAsync((r, ct) => r.CountsAsync(ct))).Engagements.ShouldBe(report.Engagements);
    }

    [Fact]
    public async Task Given_a_store_that_holds_the_first_releases_When_ingestion_starts_past_them_Then_it_stores_new_sources()
    {
        var seeds = BenchmarkSeeds.Read(Repository.Path("data", "corpus", "dev")).Take(5).ToList();
        await using var workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("rerun.db"), IsDefault: false), OpenMode.Initialise);
        var benchmark = new IngestionBenchmark(new ExtractionRunner(Extractor.Default, ExtractionOptions.Default), workspace.Store, new CorpusGenerator(seeds));
        await benchmark.RunAsync(10);

        var report = await benchmark.RunAsync(10, first: 10);

        report.Bytes.ShouldBe(Enumerable.Range(10, 10).Sum(i => (long)System.Text.Encoding.UTF8.GetByteCount(new CorpusGenerator(seeds).News(i))));
        (await workspace.Store.ReadAsync((r, ct) => r.CountsAsync(ct))).Sources.ShouldBe(20);
    }
}
