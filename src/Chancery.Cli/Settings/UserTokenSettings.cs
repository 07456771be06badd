using System.ComponentModel;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of <c>chancery user token</c>.</summary>
public sealed class UserTokenSettings : StoreSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The user the token acts as.")]
    public string Name { get; init; } = "";

    [CommandOption("--label <TEXT>")]
    [Description("What the token is for, to recognise it later. Default: script")]
    [DefaultValue("script")]
    public string Label { get; init; } = "script";
}
