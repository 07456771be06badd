using System.Net;
using Chancery.App.Fetching;
using Chancery.Testing;

namespace Chancery.App.Tests.Fetching;

public sealed class WebFetcherTest : IDisposable
{
    private readonly LocalWebServer server = new();

    public void Dispose() => server.Dispose();

    private static WebFetcher Fetcher(FetchOptions? options = null) => new(options ?? FetchOptions.Default with { AllowPrivate = true });

    [Fact]
    public async Task Given_a_page_When_fetched_Then_its_bytes_come_back_and_the_request_says_who_asks()
    {
        var page = server.Serve("news/call.html", "<html><body><p>Hello</p></body></html>", etag: "\"v1\"");
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(page);

        var fetched = result.ShouldBeOfType<FetchResult.Fetched>();
        fetched.MediaType.ShouldBe("text/html");
        fetched.Validators.ETag.ShouldBe("\"v1\"");
        server.Requests.Single().UserAgent.ShouldBe(FetchOptions.UserAgent);
    }

    [Fact]
    public async Task Given_the_version_asked_about_is_the_latest_When_fetched_conditionally_Then_the_server_says_not_modified()
    {
        var page = server.Serve("feed.xml", "<rss/>", "application/rss+xml", etag: "\"v1\"");
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(page, new Validators("\"v1\"", null));

        result.ShouldBeOfType<FetchResult.NotModified>();
        server.Requests.Single().ShouldSatisfyAllConditions(r => r.Conditional.ShouldBeTrue(), r => r.Status.ShouldBe(304));
    }

    [Fact]
    public async Task Given_a_loopback_address_and_no_leave_When_fetched_Then_it_is_refused_without_a_request()
    {
        var page = server.Serve("page.html", "<p>secret</p>");
        using var fetcher = Fetcher(FetchOptions.Default);

        var result = await fetcher.FetchAsync(page);

        result.ShouldBeOfType<FetchResult.Failed>().Error.ShouldBe("refused: 127.0.0.1 is a loopback or private address (allow it with --allow-private)");
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_response_over_the_size_limit_When_fetched_Then_it_fails_saying_so()
    {
        var page = server.Serve("big.bin", new byte[3 * 1024 * 1024], "application/octet-stream");
        using var fetcher = Fetcher(FetchOptions.Default with { AllowPrivate = true, MaxBytes = 1024 * 1024 });

        (await fetcher.FetchAsync(page)).ShouldBeOfType<FetchResult.Failed>().Error.ShouldBe("larger than 1 MB");
    }

    [Fact]
    public async Task Given_redirects_without_end_When_fetched_Then_it_gives_up_after_the_limit()
    {
        server.Redirect("a", "b");
        var start = server.Redirect("b", "a");
        using var fetcher = Fetcher();

        (await fetcher.FetchAsync(start)).ShouldBeOfType<FetchResult.Failed>().Error.ShouldBe("more than 5 redirects");
        server.Requests.Count.ShouldBe(6);
    }

    [Fact]
    public async Task Given_a_redirect_When_fetched_Then_the_target_is_read()
    {
        server.Serve("new.html", "<p>moved here</p>");
        var old = server.Redirect("old.html", "new.html");
        using var fetcher = Fetcher();

        (await fetcher.FetchAsync(old)).ShouldBeOfType<FetchResult.Fetched>().Content.Length.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2001:4860:4860::8888", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    public void Given_an_address_When_checked_Then_only_the_public_internet_is_public(string address, bool isPublic) =>
        PublicAddress.Is(IPAddress.Parse(address)).ShouldBe(isPublic);
}
