using System.ComponentModel;
using Chancery.App.Review;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class EditSettings : EngagementIdSettings
{
    [CommandOption("--date <DATE>")]
    [Description("The day (YYYY-MM-DD) or days (YYYY-MM-DD/YYYY-MM-DD) it took.")]
    public string? Date { get; init; }

    [CommandOption("--kind <KIND>")]
    [Description("courtesy-call, bilateral-meeting, summit, ... (see SCHEMA.md).")]
    public string? Kind { get; init; }

    [CommandOption("--venue <VENUE>")]
    public string? Venue { get; init; }

    [CommandOption("--city <CITY>")]
    public string? City { get; init; }

    [CommandOption("--country <ID>")]
    [Description("The country's code: ID, RU, ...")]
    public string? Country { get; init; }

    [CommandOption("--virtual <BOOL>")]
    [Description("true when it was held by videoconference.")]
    public bool? Virtual { get; init; }

    [CommandOption("--summary <TEXT>")]
    public string? Summary { get; init; }

    [CommandOption("--classification <LEVEL>")]
    [Description("public, restricted or confidential.")]
    public string? Classification { get; init; }

    public EngagementEdit Edit => new()
    {
        When = Date is null ? null : DateSpan.Parse(Date),
        Kind = Kind is null ? null : Taxonomy<EngagementKind>.Parse(Kind),
        Venue = Venue,
        City = City,
        Country = Country is null ? null : ActorId.Parse(Country),
        Virtual = Virtual,
        Summary = Summary,
        Classification = Classification is null ? null : Taxonomy<Classification>.Parse(Classification),
    };

    public override ValidationResult Validate()
    {
        DateSpan span = default;
        if (Date is not null && !DateSpan.TryParse(Date, out span))
        {
            return ValidationResult.Error($"--date '{Date}' is not a date (YYYY-MM-DD) or a range (YYYY-MM-DD/YYYY-MM-DD)");
        }
        if (Date is not null && span.Days > Engagement.MaxDays)
        {
            return ValidationResult.Error($"--date '{Date}' spans more than {Engagement.MaxDays} days, longer than any engagement");
        }
        if (Kind is not null && !Taxonomy<EngagementKind>.TryParse(Kind, out _))
        {
            return ValidationResult.Error($"--kind '{Kind}' is not one of: {string.Join(", ", Taxonomy<EngagementKind>.Slugs)}");
        }
        if (Classification is not null && !Taxonomy<Classification>.TryParse(Classification, out _))
        {
            return ValidationResult.Error($"--classification '{Classification}' is not one of: {string.Join(", ", Taxonomy<Classification>.Slugs)}");
        }
        if (Country is not null && !ActorId.TryParse(Country, out _))
        {
            return ValidationResult.Error($"--country '{Country}' is not an actor code such as ID or RU");
        }
        return Date is null && Kind is null && Venue is null && City is null && Country is null && Virtual is null && Summary is null && Classification is null
            ? ValidationResult.Error("say what to change: --date, --kind, --venue, --city, --country, --virtual, --summary or --classification")
            : base.Validate();
    }
}
