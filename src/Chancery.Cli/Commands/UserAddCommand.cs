using Chancery.App.Accounts;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery user add NAME --role editor</c>: a user who signs in to the web application, with a password shown once.</summary>
internal sealed class UserAddCommand(CliEnvironment environment) : AsyncCommand<UserAddSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UserAddSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var (user, password) = await new AccountDesk(workspace.Store, environment.Clock).AddAsync(settings.Name, settings.RoleValue, settings.ClearanceValue, cancellationToken);
        environment.Out.MarkupLine($"Added {Markup.Escape(user.Name)}, {Taxonomy<Role>.Slug(user.Role)}, cleared for {Taxonomy<Classification>.Slug(user.Clearance)} records.");
        environment.Out.MarkupLine($"Password (shown this once): [bold]{Markup.Escape(password)}[/]");
        environment.Out.MarkupLine("It serves one sign-in: the user then chooses their own.");
        return 0;
    }
}
