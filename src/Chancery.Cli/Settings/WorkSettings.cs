using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class WorkSettings : StoreSettings
{
    [CommandOption("-w|--workers <N>")]
    [Description("How many workers take documents from the queue at once, in this process. Default: 8.")]
    [DefaultValue(8)]
    public int Workers { get; init; } = 8;

    [CommandOption("--timeout <SECONDS>")]
    [Description("How long one document may take before it is reported as failed. Default: 20.")]
    [DefaultValue(20)]
    public int TimeoutSeconds { get; init; } = 20;

    public override ValidationResult Validate() =>
        Workers is < 1 or > 64 ? ValidationResult.Error($"--workers {Workers} must be between 1 and 64")
        : TimeoutSeconds < 1 ? ValidationResult.Error($"--timeout {TimeoutSeconds} must be at least 1 second")
        : ValidationResult.Success();
}
