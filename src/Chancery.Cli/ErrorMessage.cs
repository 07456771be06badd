using Chancery.Store;
using Spectre.Console.Cli;

namespace Chancery.Cli;

/// <summary>Turns any failure into the one line a user reads after "chancery: ".</summary>
internal static class ErrorMessage
{
    public static string For(Exception exception) => exception switch
    {
        StoreException { Problem: StoreProblem.Missing } missing => $"{missing.Message}; create one with `chancery init --db <PATH>`",
        StoreException store => store.Message,
        CommandAppException command => OneLine(command.Message) + " (see `chancery --help`)",
        UsageException usage => usage.Message,
        KeyNotFoundException notFound => notFound.Message,
        OperationCanceledException => "cancelled",
        IOException or UnauthorizedAccessException => OneLine(exception.Message),
        _ => $"unexpected {exception.GetType().Name}: {OneLine(exception.Message)}",
    };

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
