using Chancery.App;
using Chancery.App.Registry;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Hosting;
using Chancery.Web.Security;

namespace Chancery.Web.Api;

/// <summary><c>/api/v1/mechanisms</c>: recurring mechanisms with the sittings the reader may know of; editors record sittings.</summary>
internal static class MechanismsApi
{
    public static RouteGroupBuilder MapMechanismsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/mechanisms").WithTags("Mechanisms");
        group.MapGet("/", ListAsync).WithName("ListMechanisms").WithSummary("Recurring mechanisms with their sittings, cadence and the sitting expected next; partner narrows them to one partner's.");
        group.MapGet("/{id}", GetAsync).WithName("GetMechanism").WithSummary("A mechanism with its sittings and the sitting expected next.");
        group.Editors().MapPost("/{id}/sittings", RecordSittingAsync).WithName("RecordSitting").WithSummary("Record a sitting of a mechanism, replacing what was known of the same ordinal (editors).");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<MechanismSummaryDocument>>> ListAsync(string? partner, HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        ActorId? party = ActorId.TryParse(partner, out var id) ? id : null;
        var mechanisms = await MechanismDirectory.ListAsync(store, party, Viewer.Clearance(context), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MechanismSummaryDocument>>([.. mechanisms.Select(m => MechanismSummaryDocument.From(m, clock.Today()))]);
    }

    private static async Task<Results<Ok<MechanismSummaryDocument>, ProblemHttpResult>> GetAsync(string id, HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        Key<Mechanism>.TryParse(id, out var key) && await MechanismDirectory.FindAsync(store, key, Viewer.Clearance(context), cancellationToken) is { } mechanism
            ? TypedResults.Ok(MechanismSummaryDocument.From(mechanism, clock.Today()))
            : ApiProblems.NotFound("mechanism", id);

    private static async Task<Results<Ok<MechanismSummaryDocument>, ValidationProblem, ProblemHttpResult>> RecordSittingAsync(
        string id, SittingDraft draft, HttpContext context, RegistryDesk desk, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Key<Mechanism>.TryParse(id, out var key))
        {
            return ApiProblems.NotFound("mechanism", id);
        }
        var (sitting, problems) = draft.ToSitting();
        if (sitting is null)
        {
            return TypedResults.ValidationProblem(problems, title: "The sitting is not understood");
        }
        try
        {
            await desk.RecordSittingAsync(key, sitting, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return ApiProblems.NotFound("mechanism", id);
        }
        var mechanism = await MechanismDirectory.FindAsync(store, key, Viewer.Clearance(context), cancellationToken);
        return TypedResults.Ok(MechanismSummaryDocument.From(mechanism!, clock.Today()));
    }
}
