using Chancery.App;
using Chancery.Web.Security;

namespace Chancery.Web.Api;

/// <summary><c>/api/v1/partners</c>: ASEAN's partners, highest standing first, with what the visitor may count of their engagements.</summary>
internal static class PartnersApi
{
    public static RouteGroupBuilder MapPartnersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/partners", ListAsync).WithTags("Partners").WithName("ListPartners").WithSummary("ASEAN's partners, their status, coordinator and engagements.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<PartnerDocument>>> ListAsync(HttpContext context, Chancery.Store.IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var partners = await PartnerDirectory.ListAsync(store, today, Viewer.Clearance(context), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PartnerDocument>>([.. partners.Select(PartnerDocument.From)]);
    }
}
