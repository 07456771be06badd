using Chancery.App.Plans;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Chancery.Extraction.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery plan import FILE</c>: a plan of action from its document or a CSV.</summary>
internal sealed class PlanImportCommand(CliEnvironment environment) : AsyncCommand<PlanImportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PlanImportSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<PlanSection> sections;
        try
        {
            sections = await PlanImporter.ReadAsync(settings.File, cancellationToken);
        }
        catch (Exception e) when (e is FormatException or UnreadableDocumentException or ArgumentException)
        {
            throw new UsageException($"{settings.File}: {e.Message}");
        }
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var (first, last) = settings.YearSpan;
        var plan = new Plan(new Key<Plan>(settings.Id), settings.Title, settings.Short ?? settings.Title, [new ActorId("ASEAN"), ActorId.Parse(settings.Partner)], first, last, sections);
        await new PlanDesk(workspace.Store).ImportAsync(plan, cancellationToken);
        environment.Out.MarkupLine($"Imported [bold]{Markup.Escape(plan.Title)}[/]: {plan.Sections.Count} sections, {plan.ActionLines.Count()} action lines; {plan.Progress}.");
        return 0;
    }
}
