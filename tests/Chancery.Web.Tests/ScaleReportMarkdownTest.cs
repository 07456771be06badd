using Chancery.App.Benchmarks;
using Chancery.Store;
using Chancery.Web.Benchmarks;

namespace Chancery.Web.Tests;

public sealed class ScaleReportMarkdownTest
{
    private static ScaleReport Report(double logMilliseconds, double searchMilliseconds) => new(
        "SQLite",
        new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero),
        new StoreCounts(Actors: 60, Partnerships: 11, Mechanisms: 20, People: 200_000, Plans: 3, Sources: 75, Engagements: 1_000_000),
        EvidenceSpans: 7_100_000,
        Requests: 3,
        [new PageTimings("log", [logMilliseconds, logMilliseconds, logMilliseconds], []), new PageTimings("log, words", [searchMilliseconds], []), new PageTimings("dashboard", [500], [])],
        new IngestionBenchmarkReport(2_000, 4 * 1024 * 1024, TimeSpan.FromSeconds(4), 1_500, 2_800, 0, []));

    [Fact]
    public void Given_a_report_When_written_Then_the_store_pages_and_ingestion_are_told_in_tables_and_figures()
    {
        var markdown = ScaleReportMarkdown.Write(Report(12.5, 40));

        markdown.ShouldStartWith("# Chancery at scale: SQLite");
        markdown.ShouldContain("| engagements | 1,000,000 |");
        markdown.ShouldContain("| people | 200,000 |");
        markdown.ShouldContain("| evidence spans | 7,100,000 |");
        markdown.ShouldContain("| log | 12.5 | 12.5 | 12.5 | 30 | yes |");
        markdown.ShouldContain("| log, words | 40.0 | 40.0 | 40.0 | 100 | yes |");
        markdown.ShouldContain("| dashboard | 500.0 | 500.0 | 500.0 |  |  |");
        markdown.ShouldContain("**500 documents/s**");
    }

    [Fact]
    public void Given_a_page_slower_than_its_target_When_written_Then_it_is_marked_as_missed() =>
        ScaleReportMarkdown.Write(Report(45, 150)).ShouldContain("| log | 45.0 | 45.0 | 45.0 | 30 | **no** |");
}
