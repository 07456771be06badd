using System.ComponentModel;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options every command that reads or writes the store takes.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--db <DATABASE>")]
    [Description("The Chancery database: a SQLite file, or a PostgreSQL connection string (\"Host=db;Database=chancery;Username=chancery\"). Default: $CHANCERY_DB, else ~/.local/share/chancery/chancery.db (created with the demo data on first use).")]
    public string? Database { get; init; }
}
