using Spectre.Console.Testing;

namespace Chancery.Cli.Tests;

/// <summary>One run of the command line in-process, with testing consoles: what it printed, and its exit code.</summary>
public sealed record CliRun(int ExitCode, string Output, string Progress, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args) => await RunAsync(_ => null, args);

    public static async Task<CliRun> RunAsync(Func<string, string?> variables, params string[] args) => await RunAsync(variables, "", args);

    /// <summary>Runs with the given text on standard input.</summary>
    public static async Task<CliRun> RunWithInputAsync(string input, params string[] args) => await RunAsync(_ => null, input, args);

    private static async Task<CliRun> RunAsync(Func<string, string?> variables, string input, string[] args)
    {
        var output = new TestConsole().Width(200);
        var progress = new TestConsole().Width(200);
        var error = new StringWriter();
        var environment = new CliEnvironment(output, progress, error, variables, TimeProvider.System)
        {
            Input = () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input)),
        };
        var exitCode = await ChanceryCli.RunAsync(args, environment);
        return new CliRun(exitCode, output.Output, progress.Output, error.ToString());
    }

    /// <summary>The lines written to stderr.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
