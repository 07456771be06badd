using System.Text.Json;
using Chancery.Testing;

namespace Chancery.Cli.Tests;

public sealed class BenchLoadCommandTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Given_a_small_store_When_clients_ask_at_once_for_a_while_Then_every_request_is_answered_and_the_figures_are_reported()
    {
        var run = await CliRun.RunAsync("bench", "load", "--db", folder.File("load.db"), "--engagements", "300", "--clients", "4", "--seconds", "2", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var figures = JsonDocument.Parse(run.Output).RootElement;
        figures.GetProperty("engagements").GetDouble().ShouldBeGreaterThanOrEqualTo(300);
        figures.GetProperty("clients").GetDouble().ShouldBe(4);
        figures.GetProperty("errors").GetDouble().ShouldBe(0);
        figures.GetProperty("requests").GetDouble().ShouldBeGreaterThan(0);
        figures.GetProperty("p95_ms").GetDouble().ShouldBeGreaterThanOrEqualTo(figures.GetProperty("p50_ms").GetDouble());
    }

    [Theory]
    [InlineData("--clients", "0", "--clients 0 must be between 1 and 500")]
    [InlineData("--clients", "501", "--clients 501 must be between 1 and 500")]
    [InlineData("--seconds", "0", "--seconds 0 must be between 1 and 3600")]
    [InlineData("--seconds", "3601", "--seconds 3601 must be between 1 and 3600")]
    [InlineData("--engagements", "0", "--engagements 0 must be at least 1")]
    public async Task Given_a_load_out_of_bounds_When_asked_for_Then_one_line_names_the_option(string option, string value, string message)
    {
        var run = await CliRun.RunAsync("bench", "load", "--db", folder.File("load.db"), option, value);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain(message);
        File.Exists(folder.File("load.db")).ShouldBeFalse();
    }
}
