using System.ComponentModel;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary><c>chancery analytics RU [CN]</c>: one partner's relationship year by year, or two side by side.</summary>
public sealed class AnalyticsSettings : OutputSettings
{
    [CommandArgument(0, "<PARTNER>")]
    [Description("A partner by ISO code: RU.")]
    public string Partner { get; init; } = "";

    [CommandArgument(1, "[OTHER]")]
    [Description("A second partner to compare with: CN.")]
    public string? Other { get; init; }

    [CommandOption("--json")]
    [Description("Write the figures as JSON instead of tables.")]
    public bool Json { get; init; }

    public IEnumerable<ActorId> Partners => new[] { Partner, Other }.OfType<string>().Select(ActorId.Parse);

    public override ValidationResult Validate() =>
        new[] { Partner, Other }.OfType<string>().FirstOrDefault(code => !ActorId.TryParse(code, out _)) is { } wrong
            ? ValidationResult.Error($"'{wrong}' is not an ISO code such as RU")
            : base.Validate();
}
