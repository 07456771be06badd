using Chancery.App.Plans;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery plan suggest ENGAGEMENT</c>: the action lines an engagement may be evidence of.</summary>
internal sealed class PlanSuggestCommand(CliEnvironment environment) : AsyncCommand<EngagementIdSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EngagementIdSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        IReadOnlyList<LinkSuggestion> suggestions;
        try
        {
            suggestions = await new PlanDesk(workspace.Store).SuggestAsync(settings.EngagementId, cancellationToken);
        }
        catch (KeyNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
        if (suggestions.Count == 0)
        {
            environment.Out.WriteLine($"No action line of a plan in force matches engagement #{settings.Id}.");
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Plan", "Line", "Action", "Sector", "Match");
        foreach (var s in suggestions)
        {
            table.AddRow(Markup.Escape(s.Plan.Id.Value), s.Line.Number.ToString(), Markup.Escape(s.Line.Text), s.Line.Sector is { } sector ? Taxonomy<Sector>.Label(sector) : "",
                s.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }
        environment.Out.Write(table);
        environment.Out.MarkupLine($"[grey]Answer with `chancery plan link PLAN LINE {settings.Id}` (or `--reject`).[/]");
        return 0;
    }
}
