using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class MigrateSettings : CommandSettings
{
    [CommandOption("--from <DATABASE>")]
    [Description("The store to copy: a SQLite file, or a PostgreSQL connection string (\"Host=db;Database=chancery;Username=chancery\").")]
    public string? From { get; init; }

    [CommandOption("--to <DATABASE>")]
    [Description("Where to copy it: a new or empty SQLite file or PostgreSQL database, created when missing.")]
    public string? To { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(From) ? ValidationResult.Error("--from is required: the store to copy")
        : string.IsNullOrWhiteSpace(To) ? ValidationResult.Error("--to is required: where to copy it")
        : ValidationResult.Success();
}
