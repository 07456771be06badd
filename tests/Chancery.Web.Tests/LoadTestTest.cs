using Chancery.Web.Benchmarks;

namespace Chancery.Web.Tests;

public sealed class LoadTestTest(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task Given_a_store_When_clients_ask_at_once_Then_every_request_is_answered_within_the_time()
    {
        var report = await LoadTest.RunAsync(server.Store, clients: 6, TimeSpan.FromSeconds(2));

        report.Errors.ShouldBe(0, string.Join("; ", report.ErrorSamples));
        report.Requests.ShouldBeGreaterThan(6);
        report.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        report.Percentile(50).ShouldBeGreaterThan(0);
        report.Percentile(99).ShouldBeGreaterThanOrEqualTo(report.Percentile(50));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(LoadTest.MaxClients + 1)]
    public async Task Given_clients_out_of_bounds_When_a_load_is_asked_for_Then_it_is_refused(int clients) =>
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => LoadTest.RunAsync(server.Store, clients, TimeSpan.FromSeconds(1)));

    [Fact]
    public async Task Given_a_duration_over_the_bound_When_a_load_is_asked_for_Then_it_is_refused() =>
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => LoadTest.RunAsync(server.Store, 1, LoadTest.MaxDuration + TimeSpan.FromSeconds(1)));
}
