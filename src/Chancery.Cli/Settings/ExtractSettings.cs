using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class ExtractSettings : DocumentSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("json (an indented array) or jsonl (one object a line, in input order). Default: jsonl.")]
    [DefaultValue("jsonl")]
    public string Format { get; init; } = "jsonl";

    public override ValidationResult Validate() =>
        Format is not ("json" or "jsonl") ? ValidationResult.Error($"--format '{Format}' is not one of: json, jsonl") : base.Validate();
}
