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
