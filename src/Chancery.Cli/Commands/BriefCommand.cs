using Chancery.App.Briefing;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery brief RU --out brief.docx</c>: the briefing pack a desk officer takes to a meeting.</summary>
internal sealed class BriefCommand(CliEnvironment environment) : AsyncCommand<BriefSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BriefSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        Key<Mechanism>? meeting = settings.Meeting is null ? null : new Key<Mechanism>(settings.Meeting);
        var pack = await BriefingBuilder.BuildAsync(workspace.Store, ActorId.Parse(settings.Partner), settings.ClearanceValue, environment.Today, meeting, cancellationToken)
            ?? throw new UsageException($"'{settings.Partner}' is not one of ASEAN's partners (see `chancery partners`)");
        await OutputFile.WriteAsync(environment, settings.Out, output => BriefingFiles.WriteAsync(output, pack, settings.FormatValue));
        return 0;
    }
}
