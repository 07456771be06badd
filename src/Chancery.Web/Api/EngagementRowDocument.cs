using Chancery.Domain;
using Chancery.Store;

namespace Chancery.Web.Api;

/// <summary>An engagement as a line of the log in the API: what lists show, with the address of the whole record.</summary>
public sealed record EngagementRowDocument(
    long Id,
    string? Date,
    string? EndDate,
    string Kind,
    string? Sitting,
    string? City,
    string? Country,
    bool Virtual,
    IReadOnlyList<string> Parties,
    string Summary,
    string Review,
    string Classification,
    string Href)
{
    public static EngagementRowDocument From(EngagementRow row) => new(
        row.Id.Value,
        row.When is { } when ? IsoDate.Format(when.Start) : null,
        row.When?.End is { } end ? IsoDate.Format(end) : null,
        Taxonomy<EngagementKind>.Slug(row.Kind),
        row.SittingLabel,
        row.Place.City,
        row.Place.Country?.Value,
        row.Place.Virtual,
        [.. row.Parties.Select(p => p.Value)],
        row.Summary,
        Taxonomy<ReviewState>.Slug(row.Review),
        Taxonomy<Classification>.Slug(row.Classification),
        $"/api/v1/engagements/{row.Id.Value}");
}
