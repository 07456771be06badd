using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery plan show PLAN [--at DATE]</c>: a plan's sections and action lines, and its progress year by year.</summary>
internal sealed class PlanShowCommand(CliEnvironment environment) : AsyncCommand<PlanSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PlanSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var plan = await workspace.Store.ReadAsync((r, ct) => r.PlanAsync(settings.PlanId, ct), cancellationToken)
            ?? throw new UsageException($"there is no plan '{settings.Plan}' (see `chancery plan list`)");
        var day = settings.AtDay ?? environment.Today;
        environment.Out.MarkupLine($"[bold]{Markup.Escape(plan.Title)}[/] ({plan.FirstYear}-{plan.LastYear}), on {IsoDate.Format(day)}: {plan.ProgressOn(day)}");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Line", "Action", "Sector", "Status", "Evidence");
        foreach (var section in plan.Sections)
        {
            table.AddRow($"[bold]{section.Number}[/]", $"[bold]{Markup.Escape(section.Title)}[/]", "", Markup.Escape(section.ProgressOn(day).ToString()), "");
            foreach (var line in section.ActionLines)
            {
                table.AddRow(line.Number.ToString(), Markup.Escape(line.Text), line.Sector is { } s ? Taxonomy<Sector>.Label(s) : "",
                    Taxonomy<ImplementationStatus>.Label(line.StatusOn(day)), string.Join(", ", line.Evidence.Select(e => $"#{e.Value}")));
            }
        }
        environment.Out.Write(table);
        var chart = new BarChart().Label("Action lines implemented at each year's end").Width(60);
        foreach (var year in Enumerable.Range(plan.FirstYear, Math.Max(0, Math.Min(plan.LastYear, day.Year) - plan.FirstYear + 1)))
        {
            chart.AddItem(year.ToString(System.Globalization.CultureInfo.InvariantCulture), plan.ProgressOn(new DateOnly(year, 12, 31)).Implemented, Color.Green);
        }
        environment.Out.Write(chart);
        return 0;
    }
}
