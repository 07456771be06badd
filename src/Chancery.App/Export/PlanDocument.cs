using Chancery.Domain;

namespace Chancery.App;

/// <summary>A plan of action as JSON: its sections and action lines, and how far they have come.</summary>
public sealed record PlanDocument(
    string Id,
    string Title,
    string ShortTitle,
    IReadOnlyList<string> Parties,
    int FirstYear,
    int LastYear,
    ProgressDocument Progress,
    IReadOnlyList<PlanSectionDocument> Sections)
{
    public static PlanDocument From(Plan plan) => new(
        plan.Id.Value,
        plan.Title,
        plan.ShortTitle,
        [.. plan.Parties.Select(p => p.Value)],
        plan.FirstYear,
        plan.LastYear,
        ProgressDocument.From(plan.Progress),
        [.. plan.Sections.Select(section => new PlanSectionDocument(
            section.Number.ToString(),
            section.Title,
            ProgressDocument.From(section.Progress),
            [.. section.ActionLines.Select(line => new ActionLineDocument(
                line.Number.ToString(), line.Text, line.Sector is { } sector ? Taxonomy<Sector>.Slug(sector) : null, Taxonomy<ImplementationStatus>.Slug(line.Status)))]))]);
}

/// <summary>"99 of 139 action lines implemented", with the rest by status.</summary>
public sealed record ProgressDocument(int Implemented, int Ongoing, int NotStarted, int Total, double Rate)
{
    public static ProgressDocument From(PlanProgress progress) =>
        new(progress.Implemented, progress.Ongoing, progress.NotStarted, progress.Total, Math.Round(progress.Rate, 4));
}

public sealed record PlanSectionDocument(string Number, string Title, ProgressDocument Progress, IReadOnlyList<ActionLineDocument> ActionLines);

public sealed record ActionLineDocument(string Number, string Text, string? Sector, string Status);
