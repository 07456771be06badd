using System.Diagnostics;
using System.Text.Json;
using Chancery.Testing;

namespace Chancery.Cli.Tests;

/// <summary>The built `chancery` program run as a user runs it: a process with its own stdout, stderr, exit code and environment.</summary>
public sealed class ChanceryProcessTest : IDisposable
{
    private readonly TemporaryDirectory home = new();

    public void Dispose() => home.Dispose();

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = ChanceryProcess.StartInfo(home.Path, args);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Given_a_fresh_machine_when_listing_engagements_then_the_default_database_is_created_with_the_demo_data()
    {
        var (exitCode, output, error) = await RunAsync("engagements", "--partner", "RU");

        exitCode.ShouldBe(0);
        output.ShouldContain("19th ARSOM");
        output.ShouldContain("Courtesy call");
        error.ShouldContain("First run: created");
        File.Exists(Path.Combine(home.Path, "data", "chancery", "chancery.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task Given_json_then_stdout_holds_only_json_and_notes_go_to_stderr()
    {
        var (exitCode, output, error) = await RunAsync("engagements", "--json", "--limit", "3");

        exitCode.ShouldBe(0);
        JsonDocument.Parse(output).RootElement.GetArrayLength().ShouldBe(3);
        error.ShouldContain("First run");
    }

    [Fact]
    public async Task Given_a_bad_argument_then_the_process_exits_1_with_one_line_on_stderr()
    {
        var (exitCode, output, error) = await RunAsync("engagements", "--kind", "picnic");

        exitCode.ShouldBe(1);
        output.ShouldBeEmpty();
        error.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldStartWith("chancery: --kind 'picnic' is not one of");
    }
}
