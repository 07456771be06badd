using Chancery.App;
using Chancery.App.Registry;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Hosting;
using Chancery.Web.Security;

namespace Chancery.Web.Api;

/// <summary><c>/api/v1/partners</c>: ASEAN's partners, highest standing first, with what the visitor may count of their engagements.</summary>
internal static class PartnersApi
{
    public static RouteGroupBuilder MapPartnersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/partners").WithTags("Partners");
        group.MapGet("/", ListAsync).WithName("ListPartners").WithSummary("ASEAN's partners, their status, coordinator and engagements.");
        group.MapGet("/{code}", GetAsync).WithName("GetPartner").WithSummary("A partner: its statuses over time, coordinator and engagements.");
        group.Editors().MapPost("/{code}/statuses", RecordStatusAsync).WithName("RecordPartnershipStatus").WithSummary("Record a status the partnership took on, after its current one (editors).");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<PartnerDocument>>> ListAsync(HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var partners = await PartnerDirectory.ListAsync(store, clock.Today(), Viewer.Clearance(context), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PartnerDocument>>([.. partners.Select(PartnerDocument.From)]);
    }

    private static async Task<Results<Ok<PartnerDocument>, ProblemHttpResult>> GetAsync(string code, HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        await FindAsync(code, context, store, clock, cancellationToken) is { } partner ? TypedResults.Ok(partner) : ApiProblems.NotFound("partner", code);

    private static async Task<Results<Ok<PartnerDocument>, ValidationProblem, ProblemHttpResult>> RecordStatusAsync(
        string code, StatusDraft draft, HttpContext context, RegistryDesk desk, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ActorId.TryParse(code, out var partner))
        {
            return ApiProblems.NotFound("partner", code);
        }
        var (status, problems) = draft.ToStatus();
        if (status is null)
        {
            return TypedResults.ValidationProblem(problems, title: "The status is not understood");
        }
        try
        {
            await desk.RecordStatusAsync(partner, status, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return ApiProblems.NotFound("partner", code);
        }
        catch (ArgumentException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["since"] = [e.Message] }, title: "The status is not understood");
        }
        return TypedResults.Ok((await FindAsync(code, context, store, clock, cancellationToken))!);
    }

    private static async Task<PartnerDocument?> FindAsync(string code, HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        ActorId.TryParse(code, out var partner) && await PartnerDirectory.FindAsync(store, partner, clock.Today(), Viewer.Clearance(context), 1, cancellationToken) is { } found
            ? PartnerDocument.From(found.Summary)
            : null;

}
