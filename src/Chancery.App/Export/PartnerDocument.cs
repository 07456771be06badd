using Chancery.Domain;

namespace Chancery.App;

/// <summary>A partner as JSON: its statuses over time, coordinator and engagement count.</summary>
public sealed record PartnerDocument(
    string Id,
    string Name,
    string OfficialName,
    string Status,
    string Since,
    IReadOnlyList<StatusDocument> History,
    CoordinatorDocument? Coordinator,
    int Engagements,
    string? LastEngagement)
{
    public static PartnerDocument From(PartnerSummary summary) => new(
        summary.Partner.Id.Value,
        summary.Partner.Name,
        summary.Partner.OfficialName,
        Taxonomy<PartnershipStatus>.Slug(summary.Partnership.Current.Status),
        summary.Partnership.Current.Since.ToString(),
        [.. summary.Partnership.History.Select(p => new StatusDocument(Taxonomy<PartnershipStatus>.Slug(p.Status), p.Since.ToString()))],
        summary.Coordinator is { } term ? new CoordinatorDocument(term.Coordinator.Value, term.From.ToString(), term.To?.ToString()) : null,
        summary.Engagements,
        summary.LastEngagement is { } last ? IsoDate.Format(last) : null);
}

public sealed record StatusDocument(string Status, string Since);

public sealed record CoordinatorDocument(string Coordinator, string From, string? To);
