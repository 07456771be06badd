using System.Text.RegularExpressions;
using Chancery.Testing;

namespace Chancery.Cli.Tests;

/// <summary><c>user add</c> and <c>user token</c>: secrets shown once, bad arguments refused in one line.</summary>
public sealed partial class UserCommandsTest : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();

    private string Database => folder.File("team.db");

    public async Task InitializeAsync() => await CliRun.RunAsync("init", "--db", Database);

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Given_a_new_name_When_a_user_is_added_Then_its_role_clearance_and_a_password_are_shown()
    {
        var run = await CliRun.RunAsync("user", "add", "anna", "--role", "editor", "--clearance", "restricted", "--db", Database);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Added anna, editor, cleared for restricted records.");
        Password().IsMatch(run.Output).ShouldBeTrue();
    }

    [Theory]
    [InlineData("--role", "boss", "chancery: --role takes one of: viewer, editor, admin; not 'boss' (see `chancery --help`)")]
    [InlineData("--clearance", "secret", "chancery: --clearance takes one of: public, restricted, confidential; not 'secret' (see `chancery --help`)")]
    public async Task Given_an_unknown_role_or_clearance_When_a_user_is_added_Then_it_is_refused_in_one_line(string option, string value, string error)
    {
        var run = await CliRun.RunAsync("user", "add", "anna", option, value, "--db", Database);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe(error);
    }

    [Fact]
    public async Task Given_a_taken_name_When_added_again_Then_it_is_refused_in_one_line()
    {
        await CliRun.RunAsync("user", "add", "anna", "--db", Database);

        var run = await CliRun.RunAsync("user", "add", "Anna", "--db", Database);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("chancery: there is already a user named Anna");
    }

    [Fact]
    public async Task Given_a_user_When_a_token_is_issued_Then_stdout_holds_the_token_alone()
    {
        await CliRun.RunAsync("user", "add", "robot", "--db", Database);

        var run = await CliRun.RunAsync("user", "token", "robot", "--label", "nightly", "--db", Database);

        run.ExitCode.ShouldBe(0);
        run.Output.Trim().ShouldMatch("^chy_[0-9a-f]{64}$");
        run.Error.ShouldContain("it is not shown again");
    }

    [GeneratedRegex(@"Password \(shown this once\): [A-Za-z0-9]{20}")]
    private static partial Regex Password();
}
