using System.Reflection;
using Spectre.Console.Cli;

namespace Chancery.Cli;

/// <summary>
/// Finds an option given without its value ("--db" last, or followed by another option). Spectre.Console.Cli
/// would otherwise hand the option an internal placeholder as its value and the user a puzzling message.
/// </summary>
internal static class OptionValues
{
    /// <summary>Every option of every command that takes a value, such as --db and -p: read from the settings' attributes.</summary>
    private static readonly HashSet<string> TakingValues = [.. typeof(OptionValues).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(CommandSettings)))
        .SelectMany(type => type.GetProperties())
        .Select(property => property.GetCustomAttribute<CommandOptionAttribute>())
        .OfType<CommandOptionAttribute>()
        .Where(option => option.ValueName is not null)
        .SelectMany(option => option.LongNames.Select(name => $"--{name}").Concat(option.ShortNames.Select(name => $"-{name}")))];

    /// <summary>The first option that lacks its value, or null.</summary>
    public static string? FindMissing(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (TakingValues.Contains(args[i]) && (i == args.Count - 1 || args[i + 1].StartsWith('-')))
            {
                return args[i];
            }
        }
        return null;
    }
}
