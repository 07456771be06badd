using System.Text.Json;
using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Web.Benchmarks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery bench web</c>: the engagement log and a partner's page on a store of many engagements (100,000 by
/// default), each asked for many times: server time at the 50th and 95th percentile, and the round trip.
/// </summary>
internal sealed class BenchWebCommand(CliEnvironment environment) : AsyncCommand<BenchWebSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchWebSettings settings, CancellationToken cancellationToken)
    {
        await using var grown = await GrownStore.OpenAsync(environment, settings.Database, settings.Engagements, people: null, cancellationToken);
        var engagements = grown.Engagements;
        var timings = await ProgressDisplay.RunAsync(environment.Progress, "Timing pages", progress =>
            WebBenchmark.RunAsync(grown.Workspace.Store, settings.Requests, new Progress<int>(done => progress?.Report(new LoadProgress("Timing pages", done, settings.Requests))), cancellationToken));
        if (settings.Json)
        {
            environment.WriteRaw(JsonSerializer.Serialize(new
            {
                engagements,
                requests = settings.Requests,
                pages = timings.Select(t => new { page = t.Page, p50_ms = Math.Round(t.Percentile(50), 1), p95_ms = Math.Round(t.Percentile(95), 1), round_trip_p95_ms = Math.Round(t.RoundTripPercentile(95), 1) }),
            }) + "\n");
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded).Title($"Server time over {engagements:N0} engagements, {settings.Requests} requests a page")
            .AddColumn("Page").AddColumn("p50 ms", c => c.RightAligned()).AddColumn("p95 ms", c => c.RightAligned()).AddColumn("max ms", c => c.RightAligned()).AddColumn("round trip p95 ms", c => c.RightAligned());
        foreach (var t in timings)
        {
            table.AddRow(Markup.Escape(t.Page), $"{t.Percentile(50):0.0}", $"{t.Percentile(95):0.0}", $"{t.Percentile(100):0.0}", $"{t.RoundTripPercentile(95):0.0}");
        }
        environment.Out.Write(table);
        return 0;
    }
}
