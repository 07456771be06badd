using Chancery.App.Plans;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Chancery.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery plan status PLAN 1.2.3 implemented --on DATE</c>: how an action line stands from a day on.</summary>
internal sealed class PlanStatusCommand(CliEnvironment environment) : AsyncCommand<PlanStatusSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PlanStatusSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var day = settings.On is null ? environment.Today : IsoDate.Parse(settings.On);
        Plan plan;
        try
        {
            plan = await new PlanDesk(workspace.Store).SetStatusAsync(settings.PlanId, settings.LineNumber, new StatusChange(day, settings.StatusValue),
                settings.Engagement is { } id ? new Id<Engagement>(id) : null, cancellationToken);
        }
        catch (Exception e) when (e is KeyNotFoundException || e is StoreException { Problem: StoreProblem.Invalid })
        {
            throw new UsageException(e.Message);
        }
        environment.Out.MarkupLine($"{settings.Line} is {Taxonomy<ImplementationStatus>.Label(settings.StatusValue).ToLowerInvariant()} from {IsoDate.Format(day)}. {Markup.Escape(plan.ShortTitle)}: {plan.Progress}.");
        return 0;
    }
}
