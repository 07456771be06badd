using System.ComponentModel;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class BenchCorpusSettings : BenchSizeSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The folder to write the generated documents to (created if missing).")]
    public string Output { get; init; } = "";
}
