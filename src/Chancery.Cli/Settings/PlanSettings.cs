using System.ComponentModel;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Commands on one plan, named by its id, seen as it stood on a day.</summary>
public class PlanSettings : StoreSettings
{
    [CommandArgument(0, "<PLAN>")]
    [Description("The plan's id, as `chancery plan list` shows it.")]
    public string Plan { get; init; } = "";

    [CommandOption("--at <DATE>")]
    [Description("Show the plan as it stood on this day (YYYY-MM-DD). Default: today.")]
    public string? At { get; init; }

    public Key<Plan> PlanId => new(Plan);

    public DateOnly? AtDay => At is null ? null : IsoDate.Parse(At);

    public override ValidationResult Validate()
    {
        if (!Key<Plan>.TryParse(Plan, out _))
        {
            return ValidationResult.Error($"'{Plan}' is not a plan id such as asean-ru-cpa-2021-2025");
        }
        return At is not null && !IsoDate.TryParse(At, out _) ? ValidationResult.Error($"--at '{At}' is not a date (YYYY-MM-DD)") : ValidationResult.Success();
    }
}
