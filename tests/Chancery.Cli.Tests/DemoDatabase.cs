using Chancery.Testing;

namespace Chancery.Cli.Tests;

/// <summary>A database made by `chancery init` and `chancery demo`, shared by the tests that only read it.</summary>
public sealed class DemoDatabase : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();

    public string Path => folder.File("demo.db");

    public async Task InitializeAsync()
    {
        (await CliRun.RunAsync("init", "--db", Path)).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync("demo", "--db", Path)).ExitCode.ShouldBe(0);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    public Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--db", Path]);
}
