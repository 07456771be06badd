using Chancery.App;
using Chancery.App.Review;
using Chancery.Domain;
using Chancery.Store;
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
        return app;
    }

    private static async Task<RazorComponentResult> QueueAsync(HttpContext context, IChanceryStore store, ReviewDesk desk, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var ids = await desk.QueueAsync(QueueLength, cancellationToken);
        var documents = await EngagementReader.DocumentsAsync(store, ids, clearance, cancellationToken);
        return new RazorComponentResult<ReviewQueue>(new { Engagements = documents });
    }

    private static async Task<IResult> AnswerAsync(long id, HttpContext context, Func<Classification, Task<Engagement>> answer)
    {
        try
        {
            await answer(Viewer.Clearance(context));
            return Results.LocalRedirect($"/engagements/{id}");
        }
        catch (KeyNotFoundException)
        {
            return Results.NotFound();
        }
    }
}
