using System.ComponentModel;
using Chancery.App.Fetching;
using Chancery.App.Ingestion;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public class IngestSettings : DocumentSettings
{
    [CommandOption("--db <DATABASE>")]
    [Description("The Chancery database: a SQLite file, or a PostgreSQL connection string. Default: $CHANCERY_DB, else ~/.local/share/chancery/chancery.db.")]
    public string? Database { get; init; }

    [CommandOption("--outlet <NAME>")]
    [Description("Who published the documents: \"ASEAN Secretariat\", \"TASS\".")]
    public string? Outlet { get; init; }

    [CommandOption("--classification <LEVEL>")]
    [Description("public, restricted or confidential: of the sources and the engagements first read from them. Default: public.")]
    [DefaultValue("public")]
    public string Classification { get; init; } = "public";

    [CommandOption("--allow-private")]
    [Description("Fetch from loopback and private-network addresses too (an intranet, a local test server).")]
    public bool AllowPrivate { get; init; }

    public FetchOptions FetchOptions => FetchOptions.Default with { AllowPrivate = AllowPrivate, MaxBytes = MaxMegabytes * 1024L * 1024 };

    /// <summary>The arguments that are web addresses (http or https); the others are files, directories or standard input.</summary>
    public IReadOnlyList<Uri> Urls => [.. Paths.Select(AsUrl).OfType<Uri>()];

    public IReadOnlyList<string> Files => [.. Paths.Where(p => AsUrl(p) is null)];

    public static Uri? AsUrl(string path) => Uri.TryCreate(path, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;

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
