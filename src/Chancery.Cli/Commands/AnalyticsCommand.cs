using Chancery.App;
using Chancery.App.Analytics;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery analytics RU CN</c>: engagements by kind and sector and the intensity of each relationship, year by year.</summary>
internal sealed class AnalyticsCommand(CliEnvironment environment) : AsyncCommand<AnalyticsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AnalyticsSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var analytics = new List<PartnerAnalytics>();
        foreach (var partner in settings.Partners)
        {
            analytics.Add(await PartnerAnalytics.BuildAsync(workspace.Store, partner, settings.ClearanceValue, cancellationToken)
                ?? throw new UsageException($"'{partner}' is no state or organisation Chancery knows"));
        }
        if (settings.Json)
        {
            environment.WriteRaw(ChanceryJson.Serialize(analytics.Select(a => new
            {
                partner = a.Partner.Id.Value,
                years = a.Years.Select(y => new
                {
                    year = y.Year,
                    engagements = y.Engagements,
                    intensity = y.Intensity,
                    kinds = y.Kinds.ToDictionary(k => Taxonomy<EngagementKind>.Slug(k.Key), k => k.Value),
                    sectors = y.Sectors.ToDictionary(s => Taxonomy<Sector>.Slug(s.Key), s => s.Value),
                }),
            })) + "\n");
            return 0;
        }
        foreach (var a in analytics)
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"{Markup.Escape(a.Partner.Name)} ({a.Partner.Id})")
                .AddColumns("Year", "Engagements", "Intensity", "By kind", "Top sectors");
            foreach (var year in a.Years)
            {
                table.AddRow(year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), year.Engagements.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    year.Intensity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    string.Join(", ", year.Kinds.OrderByDescending(k => k.Value).Select(k => $"{Taxonomy<EngagementKind>.Label(k.Key)} {k.Value}")),
                    string.Join(", ", year.Sectors.OrderByDescending(s => s.Value).Take(3).Select(s => $"{Taxonomy<Sector>.Label(s.Key)} {s.Value}")));
            }
            environment.Out.Write(table);
        }
        var chart = new BarChart().Label("Intensity (engagements weighted by level), by year").Width(70);
        var colours = new[] { Color.SteelBlue, Color.DarkOrange };
        foreach (var year in analytics.SelectMany(a => a.Years.Select(y => y.Year)).Distinct().Order())
        {
            for (var i = 0; i < analytics.Count; i++)
            {
                chart.AddItem($"{year} {analytics[i].Partner.Id}", analytics[i].Years.FirstOrDefault(y => y.Year == year)?.Intensity ?? 0, colours[i]);
            }
        }
        environment.Out.Write(chart);
        return 0;
    }
}
