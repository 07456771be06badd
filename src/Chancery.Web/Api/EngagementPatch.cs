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
        var when = Fields.Span(Date, EndDate, problems);
        var kind = Slugs.Read<EngagementKind>(Kind, "kind", problems);
        var classification = Fields.Classification(Classification, clearance, problems);
        var country = Fields.Actor(Country, "country", problems);
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
