using Chancery.App.Extraction;
using Chancery.App.Fetching;
using Chancery.App.Ingestion;
using Chancery.Extraction;
using Chancery.Testing;

namespace Chancery.App.Tests.Fetching;

/// <summary>A feed served by a local server, ingested, then polled again.</summary>
public sealed class WebSourcesTest : IAsyncLifetime
{
    private const string Story = "<html><head><title>Envoy calls on ASEAN</title></head><body><nav>Home | News</nav><article><h1>Envoy calls on ASEAN</h1>"
        + "<p>JAKARTA, 5 July 2023 - Ambassador of the Russian Federation to ASEAN Evgeny Zagaynov paid a courtesy call on the Deputy Secretary-General "
        + "of ASEAN, Michael Tene, at the ASEAN Secretariat today. They discussed cooperation in trade, education and culture, and the implementation "
        + "of the ASEAN-Russia Comprehensive Plan of Action.</p></article></body></html>";

    private readonly LocalWebServer server = new();
    private readonly TemporaryDirectory folder = new();
    private Workspace workspace = null!;
    private WebFetcher fetcher = null!;

    public async Task InitializeAsync()
    {
        workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("web.db"), IsDefault: false), OpenMode.Initialise);
        fetcher = new WebFetcher(FetchOptions.Default with { AllowPrivate = true });
    }

    public async Task DisposeAsync()
    {
        fetcher.Dispose();
        await workspace.DisposeAsync();
        server.Dispose();
        folder.Dispose();
    }

    private Uri ServeFeed()
    {
        var story = server.Serve("news/envoy-calls-on-asean.html", Story);
        return server.Serve("feed.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>News</title><link>{server.Root}</link><description>News</description>
            <item><title>Envoy calls on ASEAN</title><link>{story}</link><pubDate>Wed, 05 Jul 2023 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """, "application/rss+xml", etag: "\"feed-1\"");
    }

    private async Task<IngestionReport> PollAsync(WebSources web, Uri feed)
    {
        var expansion = await web.ExpandAsync([feed]);
        var report = await new Ingestor(new ExtractionRunner(Extractor.Default, ExtractionOptions.Default), workspace.Store).IngestAsync(expansion.Documents, new IngestOptions());
        await web.CommitAsync(expansion);
        return report;
    }

    [Fact]
    public async Task Given_a_feed_When_ingested_Then_its_story_is_a_source_with_its_address_and_an_engagement()
    {
        var feed = ServeFeed();

        var report = await PollAsync(new WebSources(fetcher, workspace.Store), feed);

        report.Stored.ShouldBe(1);
        var story = new Uri(server.Root, "news/envoy-calls-on-asean.html");
        var source = (await workspace.Store.ReadAsync((r, ct) => r.SourceByUrlAsync(story, ct))).ShouldNotBeNull();
        source.Text.ShouldContain("Evgeny Zagaynov");
        source.Text.ShouldNotContain("Home | News");
        source.Published.ShouldBe(new DateOnly(2023, 7, 5));
        report.Created.ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_feed_ingested_before_When_polled_again_Then_the_conditional_request_is_answered_304_and_nothing_is_fetched()
    {
        var feed = ServeFeed();
        var web = new WebSources(fetcher, workspace.Store);
        await PollAsync(web, feed);
        var before = server.Requests.Count;

        var expansion = await web.ExpandAsync([feed]);

        expansion.ShouldSatisfyAllConditions(e => e.Unchanged.ShouldBe(1), e => e.Documents.ShouldBeEmpty(), e => e.Failures.ShouldBeEmpty());
        var poll = server.Requests.Skip(before).ShouldHaveSingleItem();
        poll.ShouldBe(("feed.xml", true, 304, FetchOptions.UserAgent));
    }

    [Fact]
    public async Task Given_a_feed_that_changed_When_polled_Then_only_the_stories_not_stored_are_fetched()
    {
        var feed = ServeFeed();
        var web = new WebSources(fetcher, workspace.Store);
        await PollAsync(web, feed);
        using var client = new HttpClient();
        server.Serve("feed.xml", (await client.GetStringAsync(feed)).Replace("</channel>", "<item><title>Second</title><link>" + new Uri(server.Root, "news/second.html") + "</link></item></channel>", StringComparison.Ordinal),
            "application/rss+xml", etag: "\"feed-2\"");
        server.Serve("news/second.html", Story.Replace("Michael Tene", "Kao Kim Hourn", StringComparison.Ordinal));
        var before = server.Requests.Count;

        var expansion = await web.ExpandAsync([feed]);

        expansion.Known.ShouldBe(1);
        expansion.Documents.Select(d => d.Id).ShouldBe(["second"]);
        server.Requests.Skip(before).Select(r => r.Path).ShouldBe(["feed.xml", "news/second.html"]);
    }

    [Fact]
    public async Task Given_an_address_that_is_no_feed_and_no_page_When_expanded_Then_it_fails_with_the_reason()
    {
        var missing = new Uri(server.Root, "nowhere.xml");

        var expansion = await new WebSources(fetcher, workspace.Store).ExpandAsync([missing]);

        expansion.Failures.ShouldHaveSingleItem().Error.ShouldBe("HTTP 404 Not Found");
    }
}
