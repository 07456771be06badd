using System.ComponentModel;
using Chancery.App.Extraction;
using Chancery.Domain;
using Chancery.Extraction.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options every command that reads documents takes: which documents, and how they are read.</summary>
public class DocumentSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Documents to read: files (text, HTML or PDF), directories (their .txt, .html, .htm, .pdf and extension-less files, recursively), - for standard input, or (to ingest) http(s) addresses of pages and RSS or Atom feeds.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--published <DATE>")]
    [Description("The date of documents that carry no dateline (YYYY-MM-DD): relative dates count from it.")]
    public string? Published { get; init; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("How long one document may take before it is reported as failed. Default: 20.")]
    [DefaultValue(20)]
    public int TimeoutSeconds { get; init; } = 20;

    [CommandOption("--max-size <MB>")]
    [Description("The largest document read, in megabytes; larger ones are reported as failed. Default: 32.")]
    [DefaultValue(32)]
    public int MaxMegabytes { get; init; } = 32;

    [CommandOption("-j|--jobs <N>")]
    [Description("How many documents are read at once. Default: one per processor core.")]
    public int? Jobs { get; init; }

    public ExtractionOptions Options => new(
        Published is null ? null : IsoDate.Parse(Published),
        TimeSpan.FromSeconds(TimeoutSeconds),
        Jobs ?? Environment.ProcessorCount,
        new DocumentReader(MaxMegabytes * 1024L * 1024));

    public override ValidationResult Validate()
    {
        if (Published is not null && !IsoDate.TryParse(Published, out _))
        {
            return ValidationResult.Error($"--published '{Published}' is not a date: use YYYY-MM-DD");
        }
        if (TimeoutSeconds < 1)
        {
            return ValidationResult.Error($"--timeout {TimeoutSeconds} must be at least 1 second");
        }
        if (MaxMegabytes < 1)
        {
            return ValidationResult.Error($"--max-size {MaxMegabytes} must be at least 1 MB");
        }
        if (Jobs is < 1)
        {
            return ValidationResult.Error($"--jobs {Jobs} must be at least 1");
        }
        return Paths.Length == 0 ? ValidationResult.Error("give at least one file, directory or - for standard input") : ValidationResult.Success();
    }
}
