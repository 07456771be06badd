using System.ComponentModel;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>A list that can be narrowed to one partner, given by code or name.</summary>
public class PartnerFilterSettings : ListSettings
{
    [CommandOption("-p|--partner <PARTNER>")]
    [Description("A state or organisation by ISO code or name: RU, Russia, \"Viet Nam\", EU.")]
    public string? Partner { get; init; }
}
