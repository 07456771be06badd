using Chancery.App.Review;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>A reviewer's answer on one engagement: what the desk does with it, and the line that says it was done.</summary>
internal abstract class ReviewAnswerCommand<TSettings>(CliEnvironment environment) : AsyncCommand<TSettings>
    where TSettings : EngagementIdSettings
{
    public override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var engagement = await AnswerAsync(new ReviewDesk(workspace.Store), settings, cancellationToken);
        environment.Out.WriteLine($"Engagement #{engagement.Id} is {Taxonomy<ReviewState>.Slug(engagement.Review)}{Done(engagement)}.");
        return 0;
    }

    protected abstract Task<Engagement> AnswerAsync(ReviewDesk desk, TSettings settings, CancellationToken cancellationToken);

    protected virtual string Done(Engagement engagement) => "";
}
