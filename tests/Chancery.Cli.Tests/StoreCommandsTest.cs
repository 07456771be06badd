using Chancery.Testing;

namespace Chancery.Cli.Tests;

public sealed class StoreCommandsTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Given_no_file_when_initialised_then_a_database_with_reference_data_is_created_and_a_second_init_reports_it()
    {
        var path = folder.File("team.db");

        var first = await CliRun.RunAsync("init", "--db", path);
        var second = await CliRun.RunAsync("init", "--db", path);

        first.ExitCode.ShouldBe(0);
        first.Output.ShouldContain("Created");
        first.Output.ShouldContain("20 partnerships");
        first.Output.ShouldContain("0 engagements");
        second.ExitCode.ShouldBe(0);
        second.Output.ShouldContain("Already a Chancery database");
    }

    [Fact]
    public async Task Given_an_initialised_database_when_the_demo_is_loaded_twice_then_the_second_load_changes_nothing()
    {
        var path = folder.File("team.db");
        await CliRun.RunAsync("init", "--db", path);

        var first = await CliRun.RunAsync("demo", "--db", path);
        var second = await CliRun.RunAsync("demo", "--db", path);

        first.Output.ShouldContain("Loaded the demo data");
        first.Output.ShouldMatch(@"\d{2,} engagements");
        second.Output.ShouldContain("already holds the demo data");
    }

    [Fact]
    public async Task Given_the_environment_names_a_database_when_no_option_is_given_then_it_is_used()
    {
        var path = folder.File("from-env.db");
        await CliRun.RunAsync("init", "--db", path);

        var run = await CliRun.RunAsync(name => name == "CHANCERY_DB" ? path : null, "engagements");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("0 engagements");
    }

    [Fact]
    public async Task Given_no_database_at_an_explicit_path_when_listing_then_one_line_says_how_to_create_one_and_nothing_is_created()
    {
        var path = folder.File("missing.db");

        var run = await CliRun.RunAsync("engagements", "--db", path);

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldBe($"chancery: no Chancery database at {path}; create one with `chancery init --db <PATH>`");
        File.Exists(path).ShouldBeFalse();
    }

    public static TheoryData<string> BadFiles => [.. BadDatabaseFile.All];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Given_a_file_that_is_no_usable_Chancery_database_when_any_command_runs_then_one_line_names_it_and_its_bytes_are_untouched(string kind)
    {
        var path = folder.File("bad.db");
        await BadDatabaseFile.WriteAsync(kind, path);
        var before = await File.ReadAllBytesAsync(path);

        foreach (var command in new[] { "init", "demo", "engagements", "partners", "people", "mechanisms" })
        {
            var run = await CliRun.RunAsync(command, "--db", path);

            run.ExitCode.ShouldBe(1, command);
            run.ErrorLines.ShouldHaveSingleItem().ShouldContain(path);
            run.Output.ShouldBeEmpty();
        }
        (await File.ReadAllBytesAsync(path)).ShouldBe(before);
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldBe(["bad.db"]);
    }
}
