using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of the benchmarks whose corpus is measured in megabytes of text.</summary>
public class BenchSizeSettings : BenchSettings
{
    [CommandOption("--size <MB>")]
    [Description("Megabytes of text to generate. Default: 50.")]
    [DefaultValue(50)]
    public int SizeMegabytes { get; init; } = 50;

    public long SizeBytes => SizeMegabytes * 1024L * 1024;

    public override ValidationResult Validate() =>
        SizeMegabytes < 1 ? ValidationResult.Error($"--size {SizeMegabytes} must be at least 1 MB") : base.Validate();
}
