using Spectre.Console;

namespace Chancery.Cli;

/// <summary>
/// What a command may touch of the world: the console for results (stdout), a console for progress
/// (stderr, so that piped output stays clean), a writer for one-line errors, the environment and the clock.
/// Tests build one with testing consoles.
/// </summary>
public sealed record CliEnvironment(IAnsiConsole Out, IAnsiConsole Progress, TextWriter Error, Func<string, string?> Variables, TimeProvider Clock)
{
    /// <summary>Width of tables written to a file or a pipe, where there is no terminal to measure.</summary>
    private const int RedirectedWidth = 160;

    public static CliEnvironment FromProcess() => new(
        Sized(AnsiConsole.Console, Console.IsOutputRedirected),
        Sized(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), Console.IsErrorRedirected),
        Console.Error,
        Environment.GetEnvironmentVariable,
        TimeProvider.System);

    private static IAnsiConsole Sized(IAnsiConsole console, bool redirected)
    {
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }
        return console;
    }

    /// <summary>Standard input, for commands that read a document from "-".</summary>
    public Func<Stream> Input { get; init; } = Console.OpenStandardInput;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>Writes text to stdout exactly as given: no markup, no wrapping (JSON for scripts).</summary>
    public void WriteRaw(string text)
    {
        Out.Profile.Out.Writer.Write(text);
        Out.Profile.Out.Writer.Flush();
    }
}
