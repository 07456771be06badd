using Chancery.Testing;

namespace Chancery.Cli.Tests;

/// <summary><c>ingest</c> of web addresses and <c>watch</c>, against a feed served on loopback.</summary>
public sealed class WebCommandsTest : IAsyncLifetime
{
    private readonly LocalWebServer server = new();
    private readonly TemporaryDirectory folder = new();

    private string Database => folder.File("web.db");

    public async Task InitializeAsync() => await CliRun.RunAsync("init", "--db", Database);

    public Task DisposeAsync()
    {
        server.Dispose();
        folder.Dispose();
        return Task.CompletedTask;
    }

    private Uri ServeFeed()
    {
        var story = server.Serve("news/call.html", "<html><body><article><p>JAKARTA, 5 July 2023 - Ambassador of the Russian Federation to ASEAN Evgeny Zagaynov "
            + "paid a courtesy call on the Deputy Secretary-General of ASEAN, Michael Tene, at the ASEAN Secretariat today.</p></article></body></html>");
        return server.Serve("feed.xml", $"<rss version=\"2.0\"><channel><title>News</title><link>{server.Root}</link><description>d</description>"
            + $"<item><title>Call</title><link>{story}</link></item></channel></rss>", "application/rss+xml", etag: "\"1\"");
    }

    [Fact]
    public async Task Given_a_feed_on_a_private_address_When_ingested_without_leave_Then_it_is_refused_in_one_line()
    {
        var feed = ServeFeed();

        var run = await CliRun.RunAsync("ingest", "--db", Database, feed.AbsoluteUri);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldBe([$"chancery: {feed}: refused: 127.0.0.1 is a loopback or private address (allow it with --allow-private)"]);
    }

    [Fact]
    public async Task Given_a_feed_When_ingested_twice_Then_the_second_run_finds_it_unchanged()
    {
        var feed = ServeFeed();

        var first = await CliRun.RunAsync("ingest", "--db", Database, "--allow-private", feed.AbsoluteUri);
        var second = await CliRun.RunAsync("ingest", "--db", Database, "--allow-private", feed.AbsoluteUri);

        first.ExitCode.ShouldBe(0);
        first.Output.ShouldContain("1 stored");
        second.Output.ShouldContain("0 documents");
        second.Output.ShouldContain("1 feeds unchanged");
    }

    [Fact]
    public async Task Given_a_feed_When_watched_for_two_polls_Then_the_first_ingests_and_the_second_fetches_nothing()
    {
        var feed = ServeFeed();

        var run = await CliRun.RunAsync("watch", "--db", Database, "--allow-private", "--every", "1s", "--polls", "2", feed.AbsoluteUri);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("poll 1");
        run.Output.ShouldContain("poll 2");
        run.Output.ShouldContain("1 stored");
        run.Output.ShouldContain("1 feeds unchanged");
    }

    [Theory]
    [InlineData("--every", "soon", "--every 'soon' is not an interval")]
    [InlineData("--polls", "0", "--polls 0 must be at least 1")]
    public async Task Given_a_wrong_option_When_watching_Then_one_line_names_it(string option, string value, string message)
    {
        var run = await CliRun.RunAsync("watch", "--db", Database, option, value, "https://example.org/feed.xml");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain(message);
    }

    [Fact]
    public async Task Given_a_file_instead_of_a_feed_When_watching_Then_it_is_refused() =>
        (await CliRun.RunAsync("watch", "--db", Database, "news/")).ErrorLines.ShouldHaveSingleItem().ShouldContain("'news/' is not a feed's http or https address");
}
