using System.Text;
using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery calendar --out meetings.ics</c>: meetings announced and expected, for a calendar program.</summary>
internal sealed class CalendarCommand(CliEnvironment environment) : AsyncCommand<CalendarSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CalendarSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var calendar = await CalendarExport.BuildAsync(workspace.Store, settings.ClearanceValue, environment.Today, environment.Today.AddMonths(settings.Months), cancellationToken);
        await OutputFile.WriteAsync(environment, settings.Out, output => output.WriteAsync(Encoding.UTF8.GetBytes(CalendarExport.Serialize(calendar)), cancellationToken).AsTask());
        return 0;
    }
}
