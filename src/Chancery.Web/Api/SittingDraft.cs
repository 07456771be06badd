using Chancery.Domain;

namespace Chancery.Web.Api;

/// <summary>A sitting of a mechanism an editor records (<c>POST /api/v1/mechanisms/{id}/sittings</c>): the 20th, 2024-04-26, Moscow (RU).</summary>
public sealed record SittingDraft(int? Ordinal, string? Date = null, string? EndDate = null, string? City = null, string? Country = null)
{
    public (Sitting? Sitting, Dictionary<string, string[]> Problems) ToSitting()
    {
        var problems = new Dictionary<string, string[]>();
        if (Ordinal is not > 0)
        {
            problems["ordinal"] = ["is required: the sitting's number, counted from 1"];
        }
        var when = Fields.Span(Date, EndDate, problems);
        var country = Fields.Actor(Country, "country", problems);
        return problems.Count > 0 ? (null, problems) : (new Sitting(Ordinal!.Value, when, City, country), problems);
    }
}
