using System.ComponentModel;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class ExtractSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Documents to read: files, directories (read recursively), or - for standard input.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("-f|--format <FORMAT>")]
    [Description("json (an indented array) or jsonl (one object a line, in input order). Default: jsonl.")]
    [DefaultValue("jsonl")]
    public string Format { get; init; } = "jsonl";

    [CommandOption("--published <DATE>")]
    [Description("The date of documents that carry no dateline (YYYY-MM-DD): relative dates count from it.")]
    public string? Published { get; init; }

    public DateOnly? PublishedDate => Published is null ? null : IsoDate.Parse(Published);

    public override ValidationResult Validate()
    {
        if (Format is not ("json" or "jsonl"))
        {
            return ValidationResult.Error($"--format '{Format}' is not one of: json, jsonl");
        }
        if (Published is not null && !IsoDate.TryParse(Published, out _))
        {
            return ValidationResult.Error($"--published '{Published}' is not a date: use YYYY-MM-DD");
        }
        return Paths.Length == 0 ? ValidationResult.Error("give at least one file, directory or - for standard input") : ValidationResult.Success();
    }
}
