using System.Text;
using Chancery.App.Benchmarks;
using Chancery.Extraction;
using Chancery.Extraction.Reading;

namespace Chancery.App.Tests.Benchmarks;

public sealed class ExtractionBenchmarkTest
{
    private const string Release = "JAKARTA, 5 July 2023 - The Ambassador of the Russian Federation to ASEAN, Evgeny Zagaynov, paid a courtesy call on the Deputy Secretary-General of ASEAN, Michael Tene, today.";

    [Fact]
    public void Given_a_stream_of_documents_When_run_Then_the_report_counts_them_their_bytes_and_engagements_and_samples_the_heap()
    {
        var documents = Enumerable.Repeat(Release, 20).Select(Encoding.UTF8.GetBytes).ToList();
        var bytes = documents.Sum(d => (long)d.Length);

        var report = new ExtractionBenchmark(Extractor.Default, DocumentReader.Default).Run(documents, bytes);

        (report.Documents, report.Bytes, report.Engagements).ShouldBe((20L, bytes, 20L));
        report.Memory.Count.ShouldBeGreaterThanOrEqualTo(2);
        report.AllocatedBytes.ShouldBeGreaterThan(0);
        report.MegabytesPerSecond.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Given_documents_made_one_at_a_time_When_batched_Then_each_batch_is_made_whole_before_it_is_given_out_and_none_is_lost()
    {
        var made = 0;
        IEnumerable<byte[]> Documents()
        {
            for (var i = 0; i < 10; i++)
            {
                made++;
                yield return new byte[300];
            }
        }
        var madeWhenGiven = new List<int>();

        var batches = ExtractionBenchmark.Batches(Documents(), batchBytes: 1000).Select(batch =>
        {
            madeWhenGiven.Add(made);
            return batch.Count;
        }).ToList();

        batches.ShouldBe([4, 4, 2]);
        madeWhenGiven.ShouldBe([4, 8, 10]);
    }

    [Fact]
    public void Given_no_documents_When_warming_up_Then_it_returns_at_once()
    {
        var benchmark = new ExtractionBenchmark(Extractor.Default, DocumentReader.Default);

        benchmark.WarmUp([], TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)).ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Given_a_least_and_a_most_time_When_warming_up_Then_it_runs_at_least_the_least_and_stops_by_the_most_plus_a_round()
    {
        var benchmark = new ExtractionBenchmark(Extractor.Default, DocumentReader.Default);

        var ran = benchmark.WarmUp([Release], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));

        ran.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        ran.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }
}
