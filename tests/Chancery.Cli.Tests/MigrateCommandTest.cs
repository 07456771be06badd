using Chancery.Testing;

namespace Chancery.Cli.Tests;

public sealed class MigrateCommandTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Given_a_SQLite_store_with_the_demo_when_migrated_to_PostgreSQL_and_back_then_each_lists_the_same_log()
    {
        var path = folder.File("analyst.db");
        var back = folder.File("back.db");
        await CliRun.RunAsync("init", "--db", path);
        await CliRun.RunAsync("demo", "--db", path);
        await using var postgres = await TestPostgres.NewSchemaAsync();

        var there = await CliRun.RunAsync("migrate", "--from", path, "--to", postgres.ConnectionString);
        var again = await CliRun.RunAsync("migrate", "--from", postgres.ConnectionString, "--to", back);

        there.ExitCode.ShouldBe(0);
        there.Output.ShouldContain("Copied into PostgreSQL");
        there.Output.ShouldContain("full-text index rebuilt");
        again.ExitCode.ShouldBe(0);
        var original = await CliRun.RunAsync("engagements", "--db", path, "--limit", "500");
        (await CliRun.RunAsync("engagements", "--db", postgres.ConnectionString, "--limit", "500")).Output.ShouldBe(original.Output);
        (await CliRun.RunAsync("engagements", "--db", back, "--limit", "500")).Output.ShouldBe(original.Output);
    }

    [Fact]
    public async Task Given_a_target_that_holds_data_when_migrating_then_one_line_refuses_and_it_is_left_as_it_was()
    {
        var path = folder.File("analyst.db");
        var target = folder.File("target.db");
        await CliRun.RunAsync("init", "--db", path);
        await CliRun.RunAsync("init", "--db", target);

        var run = await CliRun.RunAsync("migrate", "--from", path, "--to", target);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe($"chancery: {target} is not empty (268 actors, 0 engagements, 0 users); migrate into an empty database");
    }

    [Fact]
    public async Task Given_no_target_when_migrating_then_the_missing_option_is_named()
    {
        var run = await CliRun.RunAsync("migrate", "--from", folder.File("analyst.db"));

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("--to is required");
    }
}
