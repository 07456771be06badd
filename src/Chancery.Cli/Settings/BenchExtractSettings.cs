using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class BenchExtractSettings : BenchSizeSettings
{
    [CommandOption("--corpus <DIR>")]
    [Description("Read the documents of this folder (as written by `chancery bench corpus`) instead of generating them.")]
    public string? Corpus { get; init; }

    [CommandOption("--json")]
    [Description("Write the figures as JSON to stdout instead of a table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Corpus is not null && !Directory.Exists(Corpus) ? ValidationResult.Error($"--corpus {Corpus}: no such folder") : base.Validate();
}
