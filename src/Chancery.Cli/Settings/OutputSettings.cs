using System.ComponentModel;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of commands that write what they make (exports, briefs, calendars): where to, and seen at which clearance.</summary>
public class OutputSettings : StoreSettings
{
    [CommandOption("-o|--out <FILE>")]
    [Description("Write to this file. Default: standard output.")]
    public string? Out { get; init; }

    [CommandOption("--clearance <LEVEL>")]
    [Description("Include only what a reader of this clearance may see: public, restricted or confidential. Default: confidential (everything).")]
    public string? Clearance { get; init; }

    public Classification ClearanceValue => Clearance is null ? Classification.Confidential : Taxonomy<Classification>.Parse(Clearance);

    public override ValidationResult Validate() =>
        Clearance is not null && !Taxonomy<Classification>.TryParse(Clearance, out _)
            ? ValidationResult.Error($"--clearance '{Clearance}' is not one of {string.Join(", ", Taxonomy<Classification>.Slugs)}")
            : ValidationResult.Success();
}
