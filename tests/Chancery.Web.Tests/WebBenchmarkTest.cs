using Chancery.Web.Benchmarks;

namespace Chancery.Web.Tests;

public sealed class WebBenchmarkTest(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task Given_a_store_When_the_pages_are_timed_Then_each_has_as_many_server_times_as_requests()
    {
        var timings = await WebBenchmark.RunAsync(server.Store, requests: 3);

        timings.Select(t => t.Page).ShouldBe(WebBenchmark.Pages.Select(p => p.Name));
        timings.ShouldAllBe(t => t.Milliseconds.Count == 3 && t.Milliseconds.All(ms => ms > 0) && t.RoundTripPercentile(95) >= t.Percentile(95));
    }

    [Fact]
    public void A_percentile_is_the_time_that_many_in_a_hundred_requests_took_at_most()
    {
        var timings = new PageTimings("log", [.. Enumerable.Range(1, 100).Select(i => (double)i)], []);

        timings.Percentile(50).ShouldBe(50);
        timings.Percentile(95).ShouldBe(95);
        timings.Percentile(100).ShouldBe(100);
    }
}
