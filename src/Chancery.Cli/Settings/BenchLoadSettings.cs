using System.ComponentModel;
using Chancery.Web.Benchmarks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of <c>chancery bench load</c>.</summary>
public sealed class BenchLoadSettings : BenchStoreSettings
{
    [CommandOption("--clients <N>")]
    [Description("API clients asking at once. Default: 50")]
    [DefaultValue(50)]
    public int Clients { get; init; } = 50;

    [CommandOption("--seconds <N>")]
    [Description("How long they ask. Default: 60")]
    [DefaultValue(60)]
    public int Seconds { get; init; } = 60;

    public override ValidationResult Validate() =>
        Clients is < 1 or > LoadTest.MaxClients ? ValidationResult.Error($"--clients {Clients} must be between 1 and {LoadTest.MaxClients}")
        : Seconds < 1 || TimeSpan.FromSeconds(Seconds) > LoadTest.MaxDuration ? ValidationResult.Error($"--seconds {Seconds} must be between 1 and {LoadTest.MaxDuration.TotalSeconds:0}")
        : base.Validate();
}
