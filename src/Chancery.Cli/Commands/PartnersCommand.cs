using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery partners</c>: ASEAN's partners, highest standing first.</summary>
internal sealed class PartnersCommand(CliEnvironment environment) : AsyncCommand<ListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ListSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var partners = (await PartnerDirectory.ListAsync(workspace.Store, environment.Today, Clearance.Local, cancellationToken))
            .Take(settings.Limit ?? int.MaxValue).ToList();
        if (settings.Json)
        {
            environment.WriteRaw(ChanceryJson.Serialize(partners.Select(PartnerDocument.From)) + "\n");
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded).Title("ASEAN's partners")
            .AddColumns("Partner", "Status", "Since", "Coordinator", "Engagements", "Last");
        foreach (var partner in partners)
        {
            var current = partner.Partnership.Current;
            table.AddRow(
                $"{Format.Escaped(partner.Partner.Name)} [grey]{partner.Partner.Id}[/]",
                Taxonomy<PartnershipStatus>.Label(current.Status),
                current.Since.ToString(),
                partner.Coordinator is { } term ? $"{term.Coordinator} [grey]{term.From}-{term.To}[/]" : "",
                partner.Engagements.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Format.Date(partner.LastEngagement));
        }
        environment.Out.Write(table);
        return 0;
    }
}
