using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of <c>chancery bench web</c>.</summary>
public sealed class BenchWebSettings : BenchStoreSettings
{
    [CommandOption("--requests <N>")]
    [Description("How many times each page is asked for. Default: 200")]
    [DefaultValue(200)]
    public int Requests { get; init; } = 200;

    public override ValidationResult Validate() =>
        Requests < 1 ? ValidationResult.Error($"--requests {Requests} must be at least 1") : base.Validate();
}
