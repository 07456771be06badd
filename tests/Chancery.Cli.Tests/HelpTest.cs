namespace Chancery.Cli.Tests;

public sealed class HelpTest
{
    [Fact]
    public async Task Given_help_then_every_command_is_listed_with_what_it_does()
    {
        var run = await CliRun.RunAsync("--help");

        run.ExitCode.ShouldBe(0);
        foreach (var command in new[] { "init", "demo", "partners", "engagements", "show", "people", "mechanisms" })
        {
            run.Output.ShouldContain(command);
        }
        run.Output.ShouldContain("List engagements, newest first");
    }

    [Theory]
    [InlineData("engagements", "--partner", "--since", "--until", "--kind", "--sector", "--query", "--json", "--limit", "--db")]
    [InlineData("people", "--partner", "--query", "--json", "--limit", "--db")]
    [InlineData("mechanisms", "--partner", "--json", "--db")]
    [InlineData("init", "--db")]
    public async Task Given_a_command_s_help_then_its_options_are_described(string command, params string[] options)
    {
        var run = await CliRun.RunAsync(command, "--help");

        run.ExitCode.ShouldBe(0);
        foreach (var option in options)
        {
            run.Output.ShouldContain(option);
        }
    }

    [Fact]
    public async Task Given_the_show_branch_s_help_then_engagement_is_listed()
    {
        var run = await CliRun.RunAsync("show", "--help");

        run.Output.ShouldContain("engagement");
    }

    [Fact]
    public async Task Given_an_unknown_command_then_one_line_on_stderr_and_exit_code_1()
    {
        var run = await CliRun.RunAsync("frobnicate");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("frobnicate");
    }
}
