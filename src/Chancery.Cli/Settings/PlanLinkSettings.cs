using System.ComponentModel;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary><c>chancery plan link PLAN 1.2.3 ENGAGEMENT [--reject]</c>: an editor's answer to a suggestion.</summary>
public sealed class PlanLinkSettings : PlanSettings
{
    [CommandArgument(1, "<LINE>")]
    [Description("The action line's number: 1.2.3.")]
    public string Line { get; init; } = "";

    [CommandArgument(2, "<ENGAGEMENT>")]
    [Description("The engagement's number.")]
    public string Engagement { get; init; } = "";

    [CommandOption("--reject")]
    [Description("The engagement is no evidence of the line: do not suggest it again.")]
    public bool Reject { get; init; }

    public ActionLineNumber LineNumber => ActionLineNumber.Parse(Line);

    public Id<Engagement> EngagementId => Id<Engagement>.TryParse(Engagement, out var id) ? id : default;

    public override ValidationResult Validate() =>
        !ActionLineNumber.TryParse(Line, out _) ? ValidationResult.Error($"'{Line}' is not an action line number such as 1.2.3")
        : !Id<Engagement>.TryParse(Engagement, out _) ? ValidationResult.Error($"'{Engagement}' is not an engagement number")
        : base.Validate();
}
