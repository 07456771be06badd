using Chancery.App.Review;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery reject ID</c>: the record is wrong; it is kept so that later reports of it are not taken for news.</summary>
internal sealed class RejectCommand(CliEnvironment environment) : ReviewAnswerCommand<EngagementIdSettings>(environment)
{
    protected override Task<Engagement> AnswerAsync(ReviewDesk desk, EngagementIdSettings settings, CancellationToken cancellationToken) =>
        desk.RejectAsync(settings.EngagementId, Clearance.Local, cancellationToken);
}
