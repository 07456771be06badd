using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of the commands that list records: a table for people, JSON for scripts.</summary>
public class ListSettings : StoreSettings
{
    [CommandOption("--json")]
    [Description("Write JSON to stdout instead of a table: every match unless --limit is given.")]
    public bool Json { get; init; }

    [CommandOption("--limit <N>")]
    [Description("List at most N records.")]
    public int? Limit { get; init; }

    public override ValidationResult Validate() =>
        Limit is < 1 ? ValidationResult.Error($"--limit must be a positive number, not {Limit}") : ValidationResult.Success();
}
