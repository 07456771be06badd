using System.ComponentModel;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary><c>chancery mechanisms</c>: narrowed to a partner, or to those overdue.</summary>
public sealed class MechanismsSettings : PartnerFilterSettings
{
    [CommandOption("--overdue")]
    [Description("Only mechanisms whose expected sitting is overdue: more than 60 days past, and not dormant (silent for years).")]
    public bool Overdue { get; init; }
}
