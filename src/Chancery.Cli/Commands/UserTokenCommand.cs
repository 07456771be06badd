using Chancery.App.Accounts;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery user token NAME</c>: an API token for scripts acting as the user, written once to stdout.</summary>
internal sealed class UserTokenCommand(CliEnvironment environment) : AsyncCommand<UserTokenSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UserTokenSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var token = await new AccountDesk(workspace.Store, environment.Clock).IssueTokenAsync(settings.Name, settings.Label, cancellationToken);
        // The token alone on stdout, so that a script can take it: TOKEN=$(chancery user token robot).
        environment.WriteRaw(token + "\n");
        environment.Error.WriteLine($"chancery: a token for {settings.Name} ({settings.Label}); it is not shown again. Send it as: Authorization: Bearer <token>");
        return 0;
    }
}
