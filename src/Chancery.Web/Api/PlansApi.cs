using Chancery.App;
using Chancery.Domain;
using Chancery.Store;

namespace Chancery.Web.Api;

/// <summary><c>/api/v1/plans</c>: plans of action with their sections, action lines and progress.</summary>
internal static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans").WithTags("Plans");
        group.MapGet("/", ListAsync).WithName("ListPlans").WithSummary("Plans of action with their progress; partner narrows them to one partner's.");
        group.MapGet("/{id}", GetAsync).WithName("GetPlan").WithSummary("A plan of action with its sections and action lines.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<PlanDocument>>> ListAsync(string? partner, IChanceryStore store, CancellationToken cancellationToken)
    {
        ActorId? party = ActorId.TryParse(partner, out var id) ? id : null;
        var plans = await store.ReadAsync((r, ct) => r.PlansAsync(ct), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PlanDocument>>([.. plans.Where(p => party is null || p.Parties.Contains(party.Value)).Select(PlanDocument.From)]);
    }

    private static async Task<Results<Ok<PlanDocument>, ProblemHttpResult>> GetAsync(string id, IChanceryStore store, CancellationToken cancellationToken) =>
        Key<Plan>.TryParse(id, out var key) && await store.ReadAsync((r, ct) => r.PlanAsync(key, ct), cancellationToken) is { } plan
            ? TypedResults.Ok(PlanDocument.From(plan))
            : ApiProblems.NotFound("plan", id);
}
