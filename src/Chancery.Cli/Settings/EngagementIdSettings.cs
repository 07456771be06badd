using System.ComponentModel;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of the commands that act on one engagement, named by its number.</summary>
public class EngagementIdSettings : StoreSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The engagement's number, as lists show it.")]
    public string Id { get; init; } = "";

    public Id<Engagement> EngagementId => Id<Engagement>.TryParse(Id, out var id) ? id : default;

    public override ValidationResult Validate() =>
        Id<Engagement>.TryParse(Id, out _) ? ValidationResult.Success() : ValidationResult.Error($"'{Id}' is not an engagement number");
}
