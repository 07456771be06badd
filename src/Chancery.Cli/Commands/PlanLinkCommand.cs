using Chancery.App.Plans;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery plan link PLAN LINE ENGAGEMENT [--reject]</c>: an editor's answer to a suggested link.</summary>
internal sealed class PlanLinkCommand(CliEnvironment environment) : AsyncCommand<PlanLinkSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PlanLinkSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        try
        {
            await new PlanDesk(workspace.Store).AnswerAsync(settings.PlanId, settings.LineNumber, settings.EngagementId, !settings.Reject, cancellationToken);
        }
        catch (StoreException e) when (e.Problem == StoreProblem.Invalid)
        {
            throw new UsageException(e.Message);
        }
        environment.Out.WriteLine(settings.Reject
            ? $"Engagement #{settings.Engagement} is no evidence of {settings.Line}; it will not be suggested again."
            : $"Engagement #{settings.Engagement} is evidence of {settings.Line} of {settings.Plan}.");
        return 0;
    }
}
