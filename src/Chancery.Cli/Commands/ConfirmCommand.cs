using Chancery.App.Review;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery confirm ID</c>: the record stands as it is; later ingestion may only suggest changes to it.</summary>
internal sealed class ConfirmCommand(CliEnvironment environment) : ReviewAnswerCommand<EngagementIdSettings>(environment)
{
    protected override Task<Engagement> AnswerAsync(ReviewDesk desk, EngagementIdSettings settings, CancellationToken cancellationToken) =>
        desk.ConfirmAsync(settings.EngagementId, Clearance.Local, cancellationToken);
}
