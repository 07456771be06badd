using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of <c>chancery bench scale</c>.</summary>
public sealed class BenchScaleSettings : BenchSettings
{
    [CommandOption("--engagements <N>")]
    [Description("Grow the store to this many engagements. Default: 1000000")]
    [DefaultValue(1_000_000)]
    public int Engagements { get; init; } = 1_000_000;

    [CommandOption("--people <N>")]
    [Description("Grow the store to this many people, spread over the engagements' participants. Default: 200000")]
    [DefaultValue(200_000)]
    public int People { get; init; } = 200_000;

    [CommandOption("--requests <N>")]
    [Description("How many times each page is asked for. Default: 100")]
    [DefaultValue(100)]
    public int Requests { get; init; } = 100;

    [CommandOption("--documents <N>")]
    [Description("How many generated press releases to ingest into the grown store. Default: 2000")]
    [DefaultValue(2_000)]
    public int Documents { get; init; } = 2_000;

    [CommandOption("--db <PATH>")]
    [Description("Use (and keep) this database, grown if it holds fewer. Default: a temporary one with the demo data")]
    public string? Database { get; init; }

    [CommandOption("-o|--report <PATH>")]
    [Description("Write the Markdown report to this file. Default: stdout")]
    public string? Report { get; init; }

    public override ValidationResult Validate() =>
        Engagements < 1 ? ValidationResult.Error($"--engagements {Engagements} must be at least 1")
        : People < 1 ? ValidationResult.Error($"--people {People} must be at least 1")
        : Requests < 1 ? ValidationResult.Error($"--requests {Requests} must be at least 1")
        : Documents < 1 ? ValidationResult.Error($"--documents {Documents} must be at least 1")
        : base.Validate();
}
