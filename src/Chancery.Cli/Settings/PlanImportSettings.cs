using System.ComponentModel;
using System.Globalization;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary><c>chancery plan import FILE --id ... --title ... --partner RU --years 2021-2025</c>.</summary>
public sealed class PlanImportSettings : StoreSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The plan: a Word document, a PDF or a text file with numbered sections and action lines, or a CSV (number,text[,sector,status,date]).")]
    public string File { get; init; } = "";

    [CommandOption("--id <ID>")]
    [Description("The plan's id: asean-ru-cpa-2021-2025.")]
    public string Id { get; init; } = "";

    [CommandOption("--title <TITLE>")]
    [Description("The plan's full title.")]
    public string Title { get; init; } = "";

    [CommandOption("--short <SHORT>")]
    [Description("How texts cite it: \"CPA 2021-2025\". Default: the title.")]
    public string? Short { get; init; }

    [CommandOption("--partner <PARTNER>")]
    [Description("ASEAN's partner in the plan, by ISO code: RU.")]
    public string Partner { get; init; } = "";

    [CommandOption("--years <YEARS>")]
    [Description("The years it covers: 2021-2025.")]
    public string Years { get; init; } = "";

    public (int First, int Last) YearSpan
    {
        get
        {
            var parts = Years.Split('-');
            return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[^1], CultureInfo.InvariantCulture));
        }
    }

    public override ValidationResult Validate()
    {
        if (!Key<Plan>.TryParse(Id, out _))
        {
            return ValidationResult.Error($"--id '{Id}' is not a plan id such as asean-ru-cpa-2021-2025");
        }
        if (string.IsNullOrWhiteSpace(Title))
        {
            return ValidationResult.Error("--title is required: the plan's full title");
        }
        if (!ActorId.TryParse(Partner, out _))
        {
            return ValidationResult.Error($"--partner '{Partner}' is not an ISO code such as RU");
        }
        var parts = Years.Split('-');
        if (parts.Length is not (1 or 2) || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1967 and <= 2100)
            || int.Parse(parts[0], CultureInfo.InvariantCulture) > int.Parse(parts[^1], CultureInfo.InvariantCulture))
        {
            return ValidationResult.Error($"--years '{Years}' is not a span of years such as 2021-2025");
        }
        return System.IO.File.Exists(File) ? ValidationResult.Success() : ValidationResult.Error($"{File}: no such file");
    }
}
