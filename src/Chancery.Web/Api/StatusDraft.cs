using Chancery.Domain;
using Chancery.Web.Filters;

namespace Chancery.Web.Api;

/// <summary>A status a partnership took on (<c>POST /api/v1/partners/{code}/statuses</c>): comprehensive-strategic-partner since 2021-10-26.</summary>
public sealed record StatusDraft(string? Status, string? Since)
{
    public (StatusPeriod? Status, Dictionary<string, string[]> Problems) ToStatus()
    {
        var problems = new Dictionary<string, string[]>();
        var status = Slugs.Required<PartnershipStatus>(Status, "status", problems);
        if (!PartialDate.TryParse(Since, out var since))
        {
            problems["since"] = [$"'{Since}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD"];
        }
        return problems.Count > 0 ? (null, problems) : (new StatusPeriod(status!.Value, since), problems);
    }
}
