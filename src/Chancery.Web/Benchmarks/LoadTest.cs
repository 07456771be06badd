using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Chancery.Store;
using Chancery.Web.Hosting;

namespace Chancery.Web.Benchmarks;

/// <summary>
/// Many API clients at once against the real server on loopback, for a while: each client asks for the API's lists and
/// records in turn, as fast as it is answered, on connections of its own. An error is a failed request or an answer
/// other than 2xx. Bounded in clients and in time, so that it cannot run away.
/// </summary>
public static partial class LoadTest
{
    public const int MaxClients = 500;

    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(1);

    /// <summary>The requests clients make, in turn: the log as it is filtered, a partner, the directories, one engagement.</summary>
    public static readonly IReadOnlyList<string> Paths =
    [
        "/api/v1/engagements",
        "/api/v1/engagements?partner=RU",
        "/api/v1/engagements?kind=courtesy-call&year=2019",
        "/api/v1/engagements?q=Lavrov",
        "/api/v1/engagements?partner=CN&page=5&page_size=20",
        "/api/v1/partners",
        "/api/v1/partners/RU",
        "/api/v1/mechanisms",
        "/api/v1/people?q=Kao",
        "/api/v1/plans",
    ];

    /// <summary>Error messages kept for the report: enough to say what went wrong, never all of a flood.</summary>
    private const int ErrorSamples = 5;

    public static async Task<LoadReport> RunAsync(IChanceryStore store, int clients, TimeSpan duration, IProgress<TimeSpan>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clients, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clients, MaxClients);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(duration, MaxDuration);
        await using var app = ChanceryWebApp.Build(store, new WebOptions { Urls = "http://127.0.0.1:0" });
        await app.StartAsync(cancellationToken);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };
        var paths = Paths.Concat(await EngagementPathsAsync(client, cancellationToken)).ToList();
        var roundTrips = new ConcurrentBag<List<double>>();
        var errors = new ConcurrentQueue<string>();
        var errorCount = 0;
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        var reporter = ReportAsync(progress, clock, stop.Token);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var times = new List<double>();
            roundTrips.Add(times);
            for (var i = c; !stop.IsCancellationRequested; i++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(paths[i % paths.Count], stop.Token);
                    await response.Content.ReadAsByteArrayAsync(stop.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        continue;
                    }
                    Fail($"{paths[i % paths.Count]}: {(int)response.StatusCode} {response.ReasonPhrase}");
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The time is up: the request cut short is neither answered nor failed.
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Fail($"{paths[i % paths.Count]}: {e.Message}");
                }
            }
        }, CancellationToken.None)));
        var elapsed = clock.Elapsed;
        await reporter;
        await app.StopAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        return new LoadReport(clients, elapsed, [.. roundTrips.SelectMany(t => t)], errorCount, [.. errors]);

        void Fail(string message)
        {
            if (Interlocked.Increment(ref errorCount) <= ErrorSamples)
            {
                errors.Enqueue(message);
            }
        }
    }

    /// <summary>A few engagements' own addresses, from the first page of the log: the records clients read.</summary>
    private static async Task<IEnumerable<string>> EngagementPathsAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var log = await client.GetStringAsync("/api/v1/engagements?page_size=10", cancellationToken);
        return EngagementHref().Matches(log).Select(m => m.Value).Distinct().Take(5);
    }

    private static async Task ReportAsync(IProgress<TimeSpan>? progress, Stopwatch clock, CancellationToken stop)
    {
        while (progress is not null && !stop.IsCancellationRequested)
        {
            progress.Report(clock.Elapsed);
            await Task.Delay(TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }
    }

    [GeneratedRegex(@"/api/v1/engagements/\d+")]
    private static partial Regex EngagementHref();
}
