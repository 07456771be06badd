using System.ComponentModel;
using Chancery.Web.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of <c>chancery serve</c>.</summary>
public sealed class ServeSettings : StoreSettings
{
    [CommandOption("--urls <URLS>")]
    [Description("Where to listen, separated by ';'. Default: http://127.0.0.1:5080 (this machine only).")]
    [DefaultValue(WebOptions.DefaultUrls)]
    public string Urls { get; init; } = WebOptions.DefaultUrls;

    public override ValidationResult Validate() =>
        Urls.Split(';', StringSplitOptions.RemoveEmptyEntries).All(url => Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? ValidationResult.Success()
            : ValidationResult.Error($"--urls takes addresses such as http://127.0.0.1:5080, not '{Urls}'");
}
