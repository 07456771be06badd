using Chancery.Testing;

namespace Chancery.Cli.Tests;

public sealed class QueueCommandsTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Given_a_folder_queued_when_workers_run_then_every_document_is_stored_once_and_the_queue_is_done()
    {
        var path = folder.File("team.db");
        await CliRun.RunAsync("init", "--db", path);

        var queued = await CliRun.RunAsync("queue", "add", Repository.DevCorpus, "--outlet", "Dev Wire", "--db", path);
        var waiting = await CliRun.RunAsync("queue", "status", "--db", path);
        var worked = await CliRun.RunAsync("work", "--workers", "4", "--db", path);
        var done = await CliRun.RunAsync("queue", "status", "--db", path);
        var again = await CliRun.RunAsync("work", "--db", path);

        queued.ExitCode.ShouldBe(0);
        queued.Output.ShouldStartWith("Queued 81 documents; 81 wait in");
        waiting.Output.Trim().ShouldBe("81 waiting, 0 running, 0 done, 0 failed.");
        worked.ExitCode.ShouldBe(0);
        worked.Output.ShouldContain("81 documents in");
        worked.Output.ShouldContain("by 4 workers: 81 stored, 0 already stored, 0 failed");
        done.Output.Trim().ShouldBe("0 waiting, 0 running, 81 done, 0 failed.");
        again.Output.ShouldContain("0 documents in");
        (await CliRun.RunAsync("engagements", "--db", path, "--limit", "1")).Output.ShouldContain("engagements");
    }

    [Fact]
    public async Task Given_a_document_that_cannot_be_read_when_worked_then_its_one_line_error_names_it_and_the_others_are_stored()
    {
        var path = folder.File("team.db");
        var documents = Directory.CreateDirectory(folder.File("in")).FullName;
        File.WriteAllText(Path.Combine(documents, "good.txt"), File.ReadAllText(Path.Combine(Repository.DevCorpus, "dev-001.txt")));
        File.WriteAllBytes(Path.Combine(documents, "broken.pdf"), [0x25, 0x50, 0x44, 0x46, 0x2D, 0x00, 0xFF]);
        await CliRun.RunAsync("init", "--db", path);
        await CliRun.RunAsync("queue", "add", documents, "--db", path);

        var worked = await CliRun.RunAsync("work", "--db", path);

        worked.ExitCode.ShouldBe(1);
        worked.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("chancery: broken.pdf: ");
        worked.Output.ShouldContain("1 stored, 0 already stored, 1 failed");
        (await CliRun.RunAsync("queue", "status", "--db", path)).Output.Trim().ShouldBe("0 waiting, 0 running, 1 done, 1 failed.");
    }

    [Theory]
    [InlineData("work --workers 0", "--workers 0 must be between 1 and 64")]
    [InlineData("queue add https://example.org/release", "queue add takes files and folders, not addresses")]
    public async Task Wrong_arguments_get_one_line_naming_them(string arguments, string expected)
    {
        var path = folder.File("team.db");
        await CliRun.RunAsync("init", "--db", path);

        var run = await CliRun.RunAsync([.. arguments.Split(' '), "--db", path]);

        run.ExitCode.ShouldNotBe(0);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain(expected);
    }
}
