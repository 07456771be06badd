using System.Text.Json;
using Chancery.Testing;

namespace Chancery.Cli.Tests;

/// <summary><c>ingest</c>, then <c>review</c>, <c>confirm</c>, <c>edit</c> and <c>reject</c> on a database with the reference data only.</summary>
public sealed class ReviewCommandsTest : IAsyncLifetime
{
    private const string Call = "JAKARTA, 5 July 2023 - Ambassador of the Russian Federation to ASEAN H.E. Evgeny Zagaynov paid a courtesy call on "
        + "the Deputy Secretary-General of ASEAN, Michael Tene, at the ASEAN Secretariat today. They discussed cooperation in trade.";

    private readonly TemporaryDirectory folder = new();

    private string Database => folder.File("team.db");

    public async Task InitializeAsync() => await CliRun.RunAsync("init", "--db", Database);

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    private async Task<CliRun> IngestAsync(params string[] texts)
    {
        var paths = texts.Select((text, i) =>
        {
            var path = folder.File($"doc-{Guid.NewGuid():N}-{i}.txt");
            File.WriteAllText(path, text);
            return path;
        });
        return await CliRun.RunAsync(["ingest", "--db", Database, .. paths]);
    }

    private async Task<JsonElement[]> QueueAsync()
    {
        var run = await CliRun.RunAsync("review", "--db", Database, "--json");
        return [.. JsonDocument.Parse(run.Output).RootElement.EnumerateArray()];
    }

    [Fact]
    public async Task Given_a_release_When_ingested_twice_Then_the_second_run_stores_nothing_new()
    {
        var first = await IngestAsync(Call);
        var second = await IngestAsync(Call);

        first.ExitCode.ShouldBe(0);
        first.Output.ShouldContain("1 stored, 0 already stored, 0 failed; 1 engagements new");
        second.Output.ShouldContain("0 stored, 1 already stored, 0 failed; 0 engagements new");
    }

    [Fact]
    public async Task Given_an_unreadable_file_among_releases_When_ingested_Then_it_gets_one_line_on_stderr_and_exit_code_1()
    {
        var missing = folder.File("missing.txt");
        var run = await CliRun.RunAsync("ingest", "--db", Database, missing);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldBe([$"chancery: {missing}: no such file"]);
    }

    [Fact]
    public async Task Given_an_ingested_release_When_reviewed_Then_its_draft_shows_with_the_evidence_quoted()
    {
        await IngestAsync(Call);

        var run = await CliRun.RunAsync("review", "--db", Database);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("draft");
        run.Output.ShouldContain("“Evgeny Zagaynov”");
        run.Output.ShouldContain("chancery confirm ID");
    }

    [Fact]
    public async Task Given_a_draft_When_confirmed_edited_or_rejected_Then_the_answer_is_stored_and_said()
    {
        await IngestAsync(Call);
        var id = (await QueueAsync()).Single().GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var edit = await CliRun.RunAsync("edit", "--db", Database, id, "--venue", "ASEAN Secretariat", "--city", "Jakarta");
        var confirm = await CliRun.RunAsync("confirm", "--db", Database, id);

        edit.ExitCode.ShouldBe(0);
        confirm.Output.ShouldContain($"Engagement #{id} is confirmed.");
        (await QueueAsync()).ShouldBeEmpty();
        var shown = await CliRun.RunAsync("show", "engagement", "--db", Database, id, "--json");
        var record = JsonDocument.Parse(shown.Output).RootElement;
        record.GetProperty("venue").GetString().ShouldBe("ASEAN Secretariat");
        record.GetProperty("review").GetString().ShouldBe("confirmed");

        var reject = await CliRun.RunAsync("reject", "--db", Database, id);
        reject.Output.ShouldContain($"Engagement #{id} is rejected.");
    }

    [Theory]
    [InlineData(new[] { "edit", "1" }, "say what to change")]
    [InlineData(new[] { "edit", "1", "--date", "July 5" }, "--date 'July 5' is not a date")]
    [InlineData(new[] { "edit", "1", "--date", "2023-01-01/2023-12-31" }, "spans more than 92 days")]
    [InlineData(new[] { "confirm", "nine" }, "'nine' is not an engagement number")]
    [InlineData(new[] { "confirm", "999" }, "there is no engagement #999")]
    public async Task Given_a_wrong_answer_When_run_Then_one_line_names_the_problem(string[] args, string message)
    {
        var run = await CliRun.RunAsync([.. args, "--db", Database]);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain(message);
    }
}
