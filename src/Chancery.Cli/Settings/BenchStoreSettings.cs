using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of the benchmarks that serve a store grown to many engagements: how many, in which database, and the figures as JSON.</summary>
public class BenchStoreSettings : CommandSettings
{
    [CommandOption("--engagements <N>")]
    [Description("Grow the store to this many engagements first. Default: 100000")]
    [DefaultValue(100_000)]
    public int Engagements { get; init; } = 100_000;

    [CommandOption("--db <PATH>")]
    [Description("Use (and keep) this database, grown if it holds fewer engagements. Default: a temporary one with the demo data")]
    public string? Database { get; init; }

    [CommandOption("--json")]
    [Description("Write the figures as JSON to stdout instead of a table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Engagements < 1 ? ValidationResult.Error($"--engagements {Engagements} must be at least 1") : ValidationResult.Success();
}
