using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery export LIST</c>: a list, the network or the event records, to a file or standard output.</summary>
internal sealed class ExportCommand(CliEnvironment environment) : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        ActorId? partner = settings.Partner is null ? null : ActorId.Parse(settings.Partner);
        await OutputFile.WriteAsync(environment, settings.Out, output =>
            Exporter.WriteAsync(output, workspace.Store, settings.ListValue, settings.FormatValue, settings.ClearanceValue, environment.Today, partner, cancellationToken));
        return 0;
    }
}
