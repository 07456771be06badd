using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options shared by the benchmark commands: how large a corpus, grown from which releases.</summary>
public class BenchSettings : CommandSettings
{
    [CommandOption("--size <MB>")]
    [Description("Megabytes of text to generate. Default: 50.")]
    [DefaultValue(50)]
    public int SizeMegabytes { get; init; } = 50;

    [CommandOption("--from <DIR>")]
    [Description("A folder of .txt press releases to grow the corpus from. Default: data/corpus/dev of the repository.")]
    public string? From { get; init; }

    public long SizeBytes => SizeMegabytes * 1024L * 1024;

    public override ValidationResult Validate()
    {
        if (SizeMegabytes < 1)
        {
            return ValidationResult.Error($"--size {SizeMegabytes} must be at least 1 MB");
        }
        return From is not null && !Directory.Exists(From) ? ValidationResult.Error($"--from {From}: no such folder") : ValidationResult.Success();
    }
}
