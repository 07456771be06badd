using System.ComponentModel;
using Chancery.App.Ingestion;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class IngestSettings : DocumentSettings
{
    [CommandOption("--db <PATH>")]
    [Description("The Chancery database. Default: $CHANCERY_DB, else ~/.local/share/chancery/chancery.db.")]
    public string? Database { get; init; }

    [CommandOption("--outlet <NAME>")]
    [Description("Who published the documents: \"ASEAN Secretariat\", \"TASS\".")]
    public string? Outlet { get; init; }

    [CommandOption("--classification <LEVEL>")]
    [Description("public, restricted or confidential: of the sources and the engagements first read from them. Default: public.")]
    [DefaultValue("public")]
    public string Classification { get; init; } = "public";

    public IngestOptions IngestOptions => new()
    {
        Outlet = Outlet,
        Classification = Taxonomy<Classification>.Parse(Classification),
    };

    public override ValidationResult Validate() =>
        !Taxonomy<Classification>.TryParse(Classification, out _)
            ? ValidationResult.Error($"--classification '{Classification}' is not one of: {string.Join(", ", Taxonomy<Classification>.Slugs)}")
            : base.Validate();
}
