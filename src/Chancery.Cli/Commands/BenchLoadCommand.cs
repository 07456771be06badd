using System.Text.Json;
using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Web.Benchmarks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary>
/// <c>chancery bench load</c>: many API clients at once (50 by default) against the real server on loopback for a while
/// (60 seconds by default), on a store of many engagements: requests answered a second, errors, and round trips at the
/// 50th, 95th and 99th percentile. Exit code 1 when any request failed.
/// </summary>
internal sealed class BenchLoadCommand(CliEnvironment environment) : AsyncCommand<BenchLoadSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchLoadSettings settings, CancellationToken cancellationToken)
    {
        await using var grown = await GrownStore.OpenAsync(environment, settings.Database, settings.Engagements, people: null, cancellationToken);
        var seconds = settings.Seconds;
        var report = await ProgressDisplay.RunAsync(environment.Progress, $"{settings.Clients} clients asking", progress =>
            LoadTest.RunAsync(grown.Workspace.Store, settings.Clients, TimeSpan.FromSeconds(seconds),
                new Progress<TimeSpan>(elapsed => progress?.Report(new LoadProgress("Clients asking", (int)Math.Min(seconds, elapsed.TotalSeconds), seconds))), cancellationToken));
        var figures = new Dictionary<string, double>
        {
            ["engagements"] = grown.Engagements,
            ["clients"] = report.Clients,
            ["seconds"] = Math.Round(report.Elapsed.TotalSeconds, 1),
            ["requests"] = report.Requests,
            ["errors"] = report.Errors,
            ["requests_per_second"] = Math.Round(report.RequestsPerSecond, 0),
            ["p50_ms"] = Math.Round(report.Percentile(50), 1),
            ["p95_ms"] = Math.Round(report.Percentile(95), 1),
            ["p99_ms"] = Math.Round(report.Percentile(99), 1),
            ["max_ms"] = Math.Round(report.Percentile(100), 1),
        };
        if (settings.Json)
        {
            environment.WriteRaw(JsonSerializer.Serialize(figures) + "\n");
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"{report.Clients} API clients for {report.Elapsed.TotalSeconds:0} s over {grown.Engagements:N0} engagements")
                .AddColumn("Figure").AddColumn("Value", c => c.RightAligned());
            foreach (var (name, value) in figures)
            {
                table.AddRow(name, value.ToString("N1", System.Globalization.CultureInfo.InvariantCulture));
            }
            environment.Out.Write(table);
        }
        foreach (var error in report.ErrorSamples)
        {
            environment.Error.WriteLine($"error: {error}");
        }
        return report.Errors == 0 ? 0 : 1;
    }
}
