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
