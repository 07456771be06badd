using Chancery.App.Accounts;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery serve</c>: the web application and the API over the store, until stopped with Ctrl+C.</summary>
internal sealed class ServeCommand(CliEnvironment environment) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        if (await new AccountDesk(workspace.Store, environment.Clock).AddFirstAdminAsync(cancellationToken) is var (admin, password))
        {
            environment.Out.MarkupLine($"No user yet: sign in as [bold]{Markup.Escape(admin.Name)}[/] with the password [bold]{Markup.Escape(password)}[/] (shown this once, and good for one sign-in: you then choose your own; add others with `chancery user add`).");
        }
        await using var app = ChanceryWebApp.Build(workspace.Store, new WebOptions { Urls = settings.Urls, Clock = environment.Clock });
        await app.StartAsync(cancellationToken);
        foreach (var url in app.Urls)
        {
            environment.Out.MarkupLine($"Chancery is serving [link]{Markup.Escape(url)}[/]  [grey](API: {Markup.Escape(url)}/api/v1/engagements, OpenAPI: {Markup.Escape(url)}/openapi/v1.json; Ctrl+C stops)[/]");
        }
        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
