using Chancery.Testing;

namespace Chancery.Cli.Tests;

public sealed class BenchScaleCommandTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Given_a_small_scale_When_benchmarked_Then_a_markdown_report_tells_the_store_the_pages_and_ingestion()
    {
        var report = folder.File("scale.md");

        var run = await CliRun.RunAsync("bench", "scale", "--db", folder.File("scale.db"), "--engagements", "400", "--people", "300", "--requests", "2", "--documents", "20", "--report", report);

        run.ExitCode.ShouldBe(0, run.Error);
        var markdown = await File.ReadAllTextAsync(report);
        markdown.ShouldStartWith("# Chancery at scale: SQLite");
        markdown.ShouldContain("| engagements | 400 |");
        markdown.ShouldContain("| people | 300 |");
        markdown.ShouldContain("| log, words |");
        markdown.ShouldContain("20 generated releases");
    }

    [Theory]
    [InlineData("--people", "0", "--people 0 must be at least 1")]
    [InlineData("--documents", "0", "--documents 0 must be at least 1")]
    [InlineData("--requests", "0", "--requests 0 must be at least 1")]
    public async Task Given_a_size_out_of_bounds_When_asked_for_Then_one_line_names_the_option(string option, string value, string message)
    {
        var run = await CliRun.RunAsync("bench", "scale", "--db", folder.File("scale.db"), option, value);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain(message);
    }
}
