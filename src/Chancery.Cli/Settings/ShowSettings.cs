using System.ComponentModel;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class ShowSettings : EngagementIdSettings
{
    [CommandOption("--json")]
    [Description("Write the record as JSON.")]
    public bool Json { get; init; }
}
