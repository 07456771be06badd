using System.ComponentModel;
using Chancery.App.Briefing;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary><c>chancery brief PARTNER</c>: a partner's briefing pack, or one for the next sitting of a mechanism.</summary>
public sealed class BriefSettings : OutputSettings
{
    [CommandArgument(0, "<PARTNER>")]
    [Description("The partner by ISO code: RU, CN, EU.")]
    public string Partner { get; init; } = "";

    [CommandOption("-m|--meeting <MECHANISM>")]
    [Description("Prepare the next sitting of this mechanism, by id: asean-ru-som.")]
    public string? Meeting { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("md, html or docx. Default: the extension of --out, else md.")]
    public string? Format { get; init; }

    public string FormatValue => (Format ?? (Out is null ? "md" : Path.GetExtension(Out).TrimStart('.'))).ToLowerInvariant() switch
    {
        "markdown" => "md",
        "htm" => "html",
        var other => other,
    };

    public override ValidationResult Validate()
    {
        if (!ActorId.TryParse(Partner, out _))
        {
            return ValidationResult.Error($"'{Partner}' is not a partner's ISO code such as RU");
        }
        if (!BriefingFiles.Formats.Contains(FormatValue))
        {
            return ValidationResult.Error($"a brief is written as md, html or docx, not '{FormatValue}'");
        }
        if (FormatValue == "docx" && Out is null)
        {
            return ValidationResult.Error("a Word brief needs a file: add --out brief.docx");
        }
        if (Meeting is not null && !Key<Mechanism>.TryParse(Meeting, out _))
        {
            return ValidationResult.Error($"--meeting '{Meeting}' is not a mechanism id such as asean-ru-som");
        }
        return base.Validate();
    }
}
