using System.ComponentModel;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary><c>chancery plan status PLAN 1.2.3 implemented --on 2024-06-12 [--engagement 42]</c>.</summary>
public sealed class PlanStatusSettings : PlanSettings
{
    [CommandArgument(1, "<LINE>")]
    [Description("The action line's number: 1.2.3.")]
    public string Line { get; init; } = "";

    [CommandArgument(2, "<STATUS>")]
    [Description("not-started, ongoing or implemented.")]
    public string Status { get; init; } = "";

    [CommandOption("--on <DATE>")]
    [Description("The day the status was reported (YYYY-MM-DD). Default: today.")]
    public string? On { get; init; }

    [CommandOption("--engagement <ID>")]
    [Description("The engagement that reported it, kept as the line's evidence.")]
    public long? Engagement { get; init; }

    public ActionLineNumber LineNumber => ActionLineNumber.Parse(Line);

    public ImplementationStatus StatusValue => Taxonomy<ImplementationStatus>.Parse(Status);

    public override ValidationResult Validate()
    {
        if (!ActionLineNumber.TryParse(Line, out _))
        {
            return ValidationResult.Error($"'{Line}' is not an action line number such as 1.2.3");
        }
        if (!Taxonomy<ImplementationStatus>.TryParse(Status, out _))
        {
            return ValidationResult.Error($"'{Status}' is not one of {string.Join(", ", Taxonomy<ImplementationStatus>.Slugs)}");
        }
        if (On is not null && !IsoDate.TryParse(On, out _))
        {
            return ValidationResult.Error($"--on '{On}' is not a date (YYYY-MM-DD)");
        }
        return Engagement is <= 0 ? ValidationResult.Error($"--engagement {Engagement} is not an engagement number") : base.Validate();
    }
}
