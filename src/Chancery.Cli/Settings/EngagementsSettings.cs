using System.ComponentModel;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

public sealed class EngagementsSettings : PartnerFilterSettings
{
    [CommandOption("--since <DATE>")]
    [Description("Only engagements on or after this date: YYYY-MM-DD, YYYY-MM or YYYY.")]
    public string? Since { get; init; }

    [CommandOption("--until <DATE>")]
    [Description("Only engagements on or before this date: YYYY-MM-DD, YYYY-MM or YYYY (a year means to its end).")]
    public string? Until { get; init; }

    [CommandOption("-k|--kind <KIND>")]
    [Description("summit, ministerial-meeting, senior-officials-meeting, joint-committee, courtesy-call, bilateral-meeting, visit, forum, signing, other.")]
    public string? Kind { get; init; }

    [CommandOption("-s|--sector <SECTOR>")]
    [Description("A sector of cooperation: trade, maritime, health, education, ... (see SCHEMA.md).")]
    public string? Sector { get; init; }

    [CommandOption("-q|--query <TEXT>")]
    [Description("Words to find in summaries, names and places; \"quoted words\" as a phrase.")]
    public string? Query { get; init; }

    [CommandOption("--review <STATE>")]
    [Description("draft or confirmed.")]
    public string? Review { get; init; }

    public DateOnly? SinceDate => Since is null ? null : PartialDate.Parse(Since).Earliest;

    public DateOnly? UntilDate => Until is null ? null : PartialDate.Parse(Until).Latest;

    public EngagementKind? KindValue => Kind is null ? null : Taxonomy<EngagementKind>.Parse(Kind);

    public Sector? SectorValue => Sector is null ? null : Taxonomy<Sector>.Parse(Sector);

    public ReviewState? ReviewValue => Review is null ? null : Taxonomy<ReviewState>.Parse(Review);

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } failed)
        {
            return failed;
        }
        foreach (var (option, value) in new[] { ("--since", Since), ("--until", Until) })
        {
            if (value is not null && !PartialDate.TryParse(value, out _))
            {
                return ValidationResult.Error($"{option} '{value}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
            }
        }
        if (SinceDate > UntilDate)
        {
            return ValidationResult.Error($"--since {Since} comes after --until {Until}");
        }
        return Check<EngagementKind>("--kind", Kind)
            ?? Check<Sector>("--sector", Sector)
            ?? Check<ReviewState>("--review", Review)
            ?? ValidationResult.Success();
    }

    private static ValidationResult? Check<TEnum>(string option, string? value) where TEnum : struct, Enum =>
        value is null || Taxonomy<TEnum>.TryParse(value, out _)
            ? null
            : ValidationResult.Error($"{option} '{value}' is not one of: {string.Join(", ", Taxonomy<TEnum>.Slugs)}");
}
