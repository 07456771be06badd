using System.Diagnostics;
using System.Globalization;
using Chancery.Store;
using Chancery.Web.Hosting;

namespace Chancery.Web.Benchmarks;

/// <summary>
/// Measures the pages people open most on a large store: the real server on loopback, each page asked for in turn,
/// the time read from the server's own <c>Server-Timing</c> header (the time spent in the server, not on the wire).
/// Everything is asked for once before timing, so that the code is compiled and the database's pages are cached.
/// </summary>
public static class WebBenchmark
{
    /// <summary>
    /// The pages timed: the engagement log as people filter it, a partner's page, and the pages that count across
    /// partners; with the server time at p95 a team's store must keep to, where there is one (the log 30 ms, search 100 ms).
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Path, double? TargetP95)> Pages =
    [
        ("log", "/engagements", 30),
        ("log, partner", "/engagements?partner=RU", 30),
        ("log, kind and year", "/engagements?kind=courtesy-call&year=2019", 30),
        ("log, words", "/engagements?q=Lavrov", 100),
        ("log, page 20", "/engagements?partner=CN&page=20", 30),
        ("partner page", "/partners/RU", null),
        ("api log", "/api/v1/engagements?partner=JP&page_size=50", 30),
        ("dashboard", "/", null),
        ("partners", "/partners", null),
        ("mechanisms", "/mechanisms", null),
    ];

    /// <summary>The p95 target of a page timed, if it has one.</summary>
    public static double? TargetOf(string page) => Pages.FirstOrDefault(p => p.Name == page).TargetP95;

    public static async Task<IReadOnlyList<PageTimings>> RunAsync(IChanceryStore store, int requests, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var app = ChanceryWebApp.Build(store, new WebOptions { Urls = "http://127.0.0.1:0" });
        await app.StartAsync(cancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        foreach (var (_, path, _) in Pages)
        {
            await TimeAsync(client, path, cancellationToken);
        }
        var timings = Pages.Select(p => (p.Name, Server: new List<double>(requests), RoundTrip: new List<double>(requests))).ToList();
        for (var i = 0; i < requests; i++)
        {
            for (var p = 0; p < Pages.Count; p++)
            {
                var (server, roundTrip) = await TimeAsync(client, Pages[p].Path, cancellationToken);
                timings[p].Server.Add(server);
                timings[p].RoundTrip.Add(roundTrip);
            }
            progress?.Report(i + 1);
        }
        await app.StopAsync(cancellationToken);
        return [.. timings.Select(t => new PageTimings(t.Name, t.Server, t.RoundTrip))];
    }

    private static async Task<(double Server, double RoundTrip)> TimeAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path, cancellationToken);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var roundTrip = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var timing = response.Headers.GetValues("Server-Timing").Single();
        return (double.Parse(timing[(timing.IndexOf("dur=", StringComparison.Ordinal) + 4)..], CultureInfo.InvariantCulture), roundTrip);
    }
}
