using System.ComponentModel;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options every command that reads or writes the store takes.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("The Chancery database. Default: $CHANCERY_DB, else ~/.local/share/chancery/chancery.db (created with the demo data on first use).")]
    public string? Database { get; init; }
}
