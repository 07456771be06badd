using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Chancery.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery engagements</c>: the engagement log, newest first, as a table or as JSON.</summary>
internal sealed class EngagementsCommand(CliEnvironment environment) : AsyncCommand<EngagementsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EngagementsSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var actors = await ActorDirectory.LoadAsync(workspace.Store, cancellationToken);
        var query = new EngagementQuery
        {
            Party = settings.PartnerIn(actors),
            Since = settings.SinceDate,
            Until = settings.UntilDate,
            Kind = settings.KindValue,
            Sector = settings.SectorValue,
            Review = settings.ReviewValue,
            Text = SearchText.Parse(settings.Query),
            Clearance = Clearance.Local,
            Limit = settings.Limit,
        };
        var page = await workspace.Store.ReadAsync((reader, ct) => reader.FindEngagementsAsync(query, ct), cancellationToken);
        if (settings.Json)
        {
            var documents = await EngagementReader.DocumentsAsync(workspace.Store, [.. page.Rows.Select(r => r.Id)], Clearance.Local, cancellationToken);
            environment.WriteRaw(ChanceryJson.Serialize(documents) + "\n");
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("#", c => c.RightAligned())
            .AddColumn("Date", c => c.NoWrap())
            .AddColumns("Engagement", "Parties", "Place", "Review");
        foreach (var row in page.Rows)
        {
            table.AddRow(
                row.Id.ToString(),
                Format.Date(row.When),
                Format.Kind(row.Kind) + (row.SittingLabel is { } sitting ? $" [grey]{Format.Escaped(sitting)}[/]" : ""),
                Format.Parties(row.Parties),
                Format.Place(row.Place),
                row.Review == ReviewState.Draft ? "[yellow]draft[/]" : "[green]confirmed[/]");
        }
        var shown = page.Rows.Count == page.Total ? $"{page.Total}" : $"{page.Rows.Count} of {page.Total}";
        table.Caption($"{shown} engagement{(page.Total == 1 ? "" : "s")}");
        environment.Out.Write(table);
        return 0;
    }
}
