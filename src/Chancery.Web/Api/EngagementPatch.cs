using Chancery.App.Review;
using Chancery.Domain;
using Chancery.Web.Filters;

namespace Chancery.Web.Api;

/// <summary>The fields a script sets on an engagement (<c>PATCH /api/v1/engagements/{id}</c>); those left out stay as they are.</summary>
public sealed record EngagementPatch(
    string? Date = null,
    string? EndDate = null,
    string? Kind = null,
    string? Venue = null,
    string? City = null,
    string? Country = null,
    bool? Virtual = null,
    string? Summary = null,
    string? Classification = null)
{
    /// <summary>The edit, or the problems with the fields, keyed by field. No one classifies a record above their own clearance.</summary>
    public (EngagementEdit? Edit, Dictionary<string, string[]> Problems) ToEdit(Classification clearance)
    {
        var problems = new Dictionary<string, string[]>();
        DateSpan? when = null;
        if (Date is not null || EndDate is not null)
        {
            if (Date is null || !DateSpan.TryParse(EndDate is null ? Date : $"{Date}/{EndDate}", out var span) || span.Days > Engagement.MaxDays)
            {
                problems["date"] = [$"'{Date}'{(EndDate is null ? "" : $" to '{EndDate}'")} is not a date (YYYY-MM-DD) or a span of at most {Engagement.MaxDays} days"];
            }
            else
            {
                when = span;
            }
        }
        var kind = Slugs.Read<EngagementKind>(Kind, "kind", problems);
        var classification = Slugs.Read<Domain.Classification>(Classification, "classification", problems);
        if (classification > clearance)
        {
            problems["classification"] = [$"you are cleared for {Taxonomy<Domain.Classification>.Slug(clearance)} records, and cannot classify one {Classification}"];
        }
        ActorId? country = null;
        if (Country is not null)
        {
            if (ActorId.TryParse(Country, out var id))
            {
                country = id;
            }
            else
            {
                problems["country"] = [$"'{Country}' is not a country code such as ID"];
            }
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var edit = new EngagementEdit { When = when, Kind = kind, Venue = Venue, City = City, Country = country, Virtual = Virtual, Summary = Summary, Classification = classification };
        if (edit.IsEmpty)
        {
            problems[""] = ["the patch sets no field"];
            return (null, problems);
        }
        return (edit, problems);
    }
}
