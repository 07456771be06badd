using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options shared by the benchmark commands: the releases their corpus is grown from.</summary>
public class BenchSettings : CommandSettings
{
    [CommandOption("--from <DIR>")]
    [Description("A folder of .txt press releases to grow the corpus from. Default: data/corpus/dev of the repository.")]
    public string? From { get; init; }

    public override ValidationResult Validate() =>
        From is not null && !Directory.Exists(From) ? ValidationResult.Error($"--from {From}: no such folder") : ValidationResult.Success();
}
