using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class WatchSettings : IngestSettings
{
    [CommandOption("--every <INTERVAL>")]
    [Description("How often to poll: 30s, 15m, 2h. Default: 15m.")]
    [DefaultValue("15m")]
    public string Every { get; init; } = "15m";

    [CommandOption("--polls <N>")]
    [Description("Stop after N polls. Default: poll until stopped (Ctrl+C).")]
    public int? Polls { get; init; }

    public TimeSpan Interval => ParseInterval(Every) ?? TimeSpan.FromMinutes(15);

    public static TimeSpan? ParseInterval(string text)
    {
        if (text.Length < 2 || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return null;
        }
        return text[^1] switch
        {
            's' => TimeSpan.FromSeconds(count),
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            _ => null,
        };
    }

    public override ValidationResult Validate()
    {
        if (ParseInterval(Every) is null)
        {
            return ValidationResult.Error($"--every '{Every}' is not an interval such as 30s, 15m or 2h");
        }
        if (Polls is < 1)
        {
            return ValidationResult.Error($"--polls {Polls} must be at least 1");
        }
        if (Paths.FirstOrDefault(p => AsUrl(p) is null) is { } notUrl)
        {
            return ValidationResult.Error($"'{notUrl}' is not a feed's http or https address");
        }
        return base.Validate();
    }
}
