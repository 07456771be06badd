using Chancery.App;
using Chancery.Web.Api;

namespace Chancery.Web.Pages;

/// <summary>The fields of an engagement page's edit form, as the browser sends them: empty means "leave as it is".</summary>
public sealed record EditForm
{
    public string? Date { get; init; }

    public string? EndDate { get; init; }

    public string? Kind { get; init; }

    public string? Venue { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    public string? Summary { get; init; }

    public string? Classification { get; init; }

    /// <summary>
    /// The change the form asks for, read by the same rules as the API's PATCH. The form sends every field; only those
    /// that differ from the record change it, so that saving one field does not settle the flags raised on the others.
    /// </summary>
    public EngagementPatch ToPatch(EngagementDocument current)
    {
        var dateChanged = Changed(Date, current.Date) is not null || Changed(EndDate, current.EndDate) is not null;
        return new(
            Date: dateChanged ? Given(Date) : null,
            EndDate: dateChanged ? Given(EndDate) : null,
            Kind: Changed(Kind, current.Kind),
            Venue: Changed(Venue, current.Venue),
            City: Changed(City, current.City),
            Country: Changed(Country, current.Country),
            Summary: Changed(Summary, current.Summary),
            Classification: Changed(Classification, current.Classification));
    }

    private static string? Changed(string? field, string? current) => Given(field) is { } given && given != current ? given : null;

    private static string? Given(string? field) => string.IsNullOrWhiteSpace(field) ? null : field.Trim();
}
