using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary><c>chancery calendar</c>: upcoming meetings as an iCalendar file.</summary>
public sealed class CalendarSettings : OutputSettings
{
    [CommandOption("--months <N>")]
    [Description("How far ahead, in months. Default: 12.")]
    public int Months { get; init; } = 12;

    public override ValidationResult Validate() =>
        Months is < 1 or > 120 ? ValidationResult.Error($"--months {Months}: look 1 to 120 months ahead") : base.Validate();
}
