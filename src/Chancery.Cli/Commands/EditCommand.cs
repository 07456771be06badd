using Chancery.App.Review;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery edit ID --field value</c>: sets fields of a record; flags raised on them are settled.</summary>
internal sealed class EditCommand(CliEnvironment environment) : ReviewAnswerCommand<EditSettings>(environment)
{
    protected override Task<Engagement> AnswerAsync(ReviewDesk desk, EditSettings settings, CancellationToken cancellationToken) =>
        desk.EditAsync(settings.EngagementId, settings.Edit, Clearance.Local, cancellationToken);

    protected override string Done(Engagement engagement) => $", edited: {engagement.Summary}";
}
