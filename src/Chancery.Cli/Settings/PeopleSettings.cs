using System.ComponentModel;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class PeopleSettings : PartnerFilterSettings
{
    [CommandOption("-q|--query <NAME>")]
    [Description("Words of the person's name.")]
    public string? Query { get; init; }
}
