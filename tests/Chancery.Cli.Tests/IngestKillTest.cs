using System.Diagnostics;
using Chancery.Testing;
using Microsoft.Data.Sqlite;

namespace Chancery.Cli.Tests;

/// <summary>
/// Crash safety: an ingest killed with SIGKILL halfway, then run again, leaves the store exactly as one clean run does.
/// The killed run is the built program in a process of its own; the others run in-process.
/// </summary>
public sealed class IngestKillTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Given_an_ingest_killed_midway_When_run_again_Then_the_store_is_as_after_one_clean_run()
    {
        var corpus = folder.File("corpus");
        (await CliRun.RunAsync("bench", "corpus", "--size", "1", corpus)).ExitCode.ShouldBe(0);
        var documents = Directory.GetFiles(corpus).Length;
        var clean = folder.File("clean.db");
        var killed = folder.File("killed.db");
        await CliRun.RunAsync("init", "--db", clean);
        await CliRun.RunAsync("init", "--db", killed);
        (await CliRun.RunAsync("ingest", "--db", clean, corpus)).ExitCode.ShouldBe(0);

        var storedWhenKilled = await KillMidwayAsync(killed, corpus, documents);
        var rerun = await CliRun.RunAsync("ingest", "--db", killed, corpus);

        storedWhenKilled.ShouldBeInRange(1, documents - 1);
        rerun.ExitCode.ShouldBe(0);
        rerun.Output.ShouldContain($"{storedWhenKilled} already stored");
        (await StateAsync(killed)).ShouldBe(await StateAsync(clean));
    }

    /// <summary>Starts `chancery ingest` and kills it (SIGKILL) once some documents, not all, are stored; returns how many were.</summary>
    private static async Task<int> KillMidwayAsync(string database, string corpus, int documents)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "chancery.dll"), "ingest", "--db", database, corpus })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2) && await SourcesAsync(database) < Math.Min(20, documents / 4))
        {
            await Task.Delay(20);
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return await SourcesAsync(database);
    }

    private static async Task<int> SourcesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM source";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Everything a user can list: the engagement log with ids, people, and the counts of every kind of record.</summary>
    private static async Task<string> StateAsync(string database)
    {
        var engagements = await CliRun.RunAsync("engagements", "--db", database, "--json");
        var people = await CliRun.RunAsync("people", "--db", database, "--json");
        var counts = await CliRun.RunAsync("init", "--db", database);
        return string.Join("\n", engagements.Output, people.Output, counts.Output.Replace(database, "DB", StringComparison.Ordinal));
    }
}
