using Chancery.App;
using Chancery.App.Review;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Api;
using Chancery.Web.Components;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace Chancery.Web.Pages;

/// <summary>
/// What editors do in the browser: the review queue, and confirming or rejecting a record from its page. Each answer is a
/// form post with an anti-forgery token; a record above the editor's clearance is as absent as one that does not exist.
/// </summary>
internal static class ReviewEndpoints
{
    private const int QueueLength = 100;

    public static IEndpointRouteBuilder MapReviewPages(this IEndpointRouteBuilder app)
    {
        var editors = app.MapGroup("").ExcludeFromDescription().RequireAuthorization(AuthenticationSetup.Editors);
        editors.MapGet("/review", QueueAsync);
        editors.MapPost("/engagements/{id:long}/confirm", (long id, HttpContext context, ReviewDesk desk, CancellationToken ct) =>
            AnswerAsync(id, context, clearance => desk.ConfirmAsync(new Id<Engagement>(id), clearance, ct))).WithMetadata(new RequireAntiforgeryTokenAttribute());
        editors.MapPost("/engagements/{id:long}/reject", (long id, HttpContext context, ReviewDesk desk, CancellationToken ct) =>
            AnswerAsync(id, context, clearance => desk.RejectAsync(new Id<Engagement>(id), clearance, ct))).WithMetadata(new RequireAntiforgeryTokenAttribute());
        editors.MapPost("/engagements/{id:long}/edit", EditAsync);
        editors.MapPost("/engagements/{id:long}/links", LinkAsync);
        return app;
    }

    /// <summary>The edit form of an engagement's page: fields left empty stay as they are; the answer is the page, with any problem named.</summary>
    private static async Task<IResult> EditAsync(long id, [Microsoft.AspNetCore.Mvc.FromForm] EditForm? form, HttpContext context, ReviewDesk desk, IChanceryStore store, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var current = id < 1 ? [] : await EngagementReader.DocumentsAsync(store, [new Id<Engagement>(id)], clearance, cancellationToken);
        if (current.Count == 0)
        {
            return Results.NotFound();
        }
        // A form that sends none of the fields binds to nothing: it asks for no change.
        var patch = (form ?? new EditForm()).ToPatch(current[0]);
        if (patch == new EngagementPatch())
        {
            return BackTo(id);
        }
        var (edit, problems) = patch.ToEdit(clearance);
        return edit is null
            ? BackTo(id, string.Join("; ", problems.SelectMany(p => p.Value)))
            : await AnswerAsync(id, context, reviewer => desk.EditAsync(new Id<Engagement>(id), edit, reviewer, cancellationToken));
    }

    /// <summary>An answer to a suggested link between the engagement and an action line: accept or reject.</summary>
    private static async Task<IResult> LinkAsync(long id, [Microsoft.AspNetCore.Mvc.FromForm] string? plan, [Microsoft.AspNetCore.Mvc.FromForm] string? line,
        [Microsoft.AspNetCore.Mvc.FromForm] string? answer, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        if (id < 1 || await store.ReadAsync((r, ct) => r.EngagementAsync(new Id<Engagement>(id), ct), cancellationToken) is not { } found || found.Classification > clearance)
        {
            return Results.NotFound();
        }
        if (!Key<Plan>.TryParse(plan, out var key) || !ActionLineNumber.TryParse(line, out var number) || answer is not ("accept" or "reject"))
        {
            return BackTo(id, "the answer names no plan, action line, or accept or reject");
        }
        try
        {
            await new Chancery.App.Plans.PlanDesk(store).AnswerAsync(key, number, new Id<Engagement>(id), answer == "accept", cancellationToken);
        }
        catch (StoreException e) when (e.Problem == StoreProblem.Invalid)
        {
            return BackTo(id, e.Message);
        }
        return BackTo(id);
    }

    private static async Task<RazorComponentResult> QueueAsync(HttpContext context, IChanceryStore store, ReviewDesk desk, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var ids = await desk.QueueAsync(QueueLength, clearance, cancellationToken);
        var documents = await EngagementReader.DocumentsAsync(store, ids, clearance, cancellationToken);
        return new RazorComponentResult<ReviewQueue>(new { Engagements = documents });
    }

    /// <summary>Gives an answer and goes back to the record's page, naming a rule of the store the answer would break.</summary>
    private static async Task<IResult> AnswerAsync(long id, HttpContext context, Func<Classification, Task<Engagement>> answer)
    {
        try
        {
            await answer(Viewer.Clearance(context));
            return BackTo(id);
        }
        catch (KeyNotFoundException)
        {
            return Results.NotFound();
        }
        catch (StoreException e) when (e.Problem == StoreProblem.Invalid)
        {
            return BackTo(id, e.Message);
        }
    }

    private static IResult BackTo(long id, string? problem = null) =>
        Results.LocalRedirect(problem is null ? $"/engagements/{id}" : $"/engagements/{id}?problem={Uri.EscapeDataString(problem)}");
}
