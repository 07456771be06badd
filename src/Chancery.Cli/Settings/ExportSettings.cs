using System.ComponentModel;
using Chancery.App;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary><c>chancery export LIST</c>: which list, in which format, to which file, seen at which clearance.</summary>
public sealed class ExportSettings : OutputSettings
{
    [CommandArgument(0, "<LIST>")]
    [Description("engagements, partners, people, mechanisms, plans, network (who met whom) or events (PLOVER-style records).")]
    public string List { get; init; } = "";

    [CommandOption("-f|--format <FORMAT>")]
    [Description("csv or json for the lists; graphml or json for the network; jsonl for events. Default: csv, graphml for the network, jsonl for events.")]
    public string? Format { get; init; }

    [CommandOption("-p|--partner <PARTNER>")]
    [Description("Only what concerns one partner, by ISO code: RU, CN, EU.")]
    public string? Partner { get; init; }

    public ExportList ListValue => Exporter.TryParseList(List, out var list) ? list : throw new InvalidOperationException($"'{List}' was validated as a list");

    public ExportFormat FormatValue => Format is null ? Exporter.DefaultFormat(ListValue)
        : Exporter.TryParseFormat(Format, out var format) ? format : throw new InvalidOperationException($"'{Format}' was validated as a format");

    public override ValidationResult Validate()
    {
        if (!Exporter.TryParseList(List, out _))
        {
            return ValidationResult.Error($"'{List}' is not a list to export: use one of {string.Join(", ", Enum.GetNames<ExportList>().Select(n => n.ToLowerInvariant()))}");
        }
        if (Format is not null && (!Exporter.TryParseFormat(Format, out var format) || !Exporter.Supports(ListValue, format)))
        {
            return ValidationResult.Error($"--format '{Format}': {List.ToLowerInvariant()} is written as {string.Join(" or ", Exporter.FormatsOf(ListValue).Select(Exporter.Extension))}");
        }
        if (Partner is not null && !ActorId.TryParse(Partner, out _))
        {
            return ValidationResult.Error($"--partner '{Partner}' is not an ISO code such as RU");
        }
        return base.Validate();
    }
}
