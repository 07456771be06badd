using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery mechanisms</c>: recurring mechanisms, their cadence, sittings and the sitting expected next.</summary>
internal sealed class MechanismsCommand(CliEnvironment environment) : AsyncCommand<MechanismsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MechanismsSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var actors = await ActorDirectory.LoadAsync(workspace.Store, cancellationToken);
        var party = settings.PartnerIn(actors);
        var mechanisms = (await workspace.Store.ReadAsync((reader, ct) => reader.MechanismsAsync(party, ct), cancellationToken))
            .Where(m => !settings.Overdue || m.ExpectedNext() is { } next && next.IsOverdue(environment.Today) && next.Around >= environment.Today.AddYears(-MeetingCalendar.DormantAfterYears))
            .Take(settings.Limit ?? int.MaxValue).ToList();
        if (settings.Json)
        {
            environment.WriteRaw(ChanceryJson.Serialize(mechanisms.Select(m => MechanismSummaryDocument.From(m, environment.Today))) + "\n");
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Mechanism", "Kind", "Level", "Cadence", "Sittings", "Latest", "Next expected");
        foreach (var mechanism in mechanisms)
        {
            var latest = mechanism.LatestDated;
            var next = mechanism.ExpectedNext();
            table.AddRow(
                Format.Escaped(mechanism.Name) + (mechanism.Acronym is { } acronym ? $" [grey]{Format.Escaped(acronym)}[/]" : ""),
                Format.Kind(mechanism.Kind),
                Taxonomy<MechanismLevel>.Label(mechanism.Level),
                mechanism.ActualCadence.ToString(),
                mechanism.Sittings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                latest is null ? "" : $"{Ordinals.English(latest.Ordinal)}, {Format.Date(latest.When)}",
                next is null ? "" : $"{Ordinals.English(next.Ordinal)} ~{IsoDate.Format(next.Around)}" + (next.IsOverdue(environment.Today) ? " [red]overdue[/]" : ""));
        }
        table.Caption($"{mechanisms.Count} mechanisms{(settings.Overdue ? " overdue" : "")}");
        environment.Out.Write(table);
        return 0;
    }
}
