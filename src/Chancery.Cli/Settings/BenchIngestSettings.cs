using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class BenchIngestSettings : BenchSettings
{
    [CommandOption("--documents <N>")]
    [Description("How many generated press releases to ingest. Default: 100000.")]
    [DefaultValue(100_000)]
    public int Documents { get; init; } = 100_000;

    [CommandOption("--db <PATH>")]
    [Description("Ingest into this new database and keep it. Default: a temporary one, deleted afterwards.")]
    public string? Database { get; init; }

    [CommandOption("--json")]
    [Description("Write the figures as JSON to stdout instead of a table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Documents < 1)
        {
            return ValidationResult.Error($"--documents {Documents} must be at least 1");
        }
        return Database is not null && File.Exists(Database) ? ValidationResult.Error($"--db {Database}: already exists; the benchmark fills a new database") : base.Validate();
    }
}
