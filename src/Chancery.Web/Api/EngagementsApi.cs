using Chancery.App;
using Chancery.App.Registry;
using Chancery.App.Review;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Filters;
using Chancery.Web.Security;

namespace Chancery.Web.Api;

/// <summary><c>/api/v1/engagements</c>: the engagement log, filtered and paged, and whole records with their evidence.</summary>
internal static class EngagementsApi
{
    public static RouteGroupBuilder MapEngagementsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/engagements").WithTags("Engagements");
        group.MapGet("/", ListAsync).WithName("ListEngagements").WithSummary("The engagement log, newest first, filtered and paged.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetEngagement").WithSummary("An engagement with its people, sources and evidence.");
        var editors = group.Editors();
        editors.MapPost("/", CreateAsync).WithName("CreateEngagement").WithSummary("Record an engagement an editor knows of first-hand; it is stored confirmed.");
        editors.MapPatch("/{id:long}", EditAsync).WithName("EditEngagement").WithSummary("Set fields of an engagement (editors); flags raised on them are settled.");
        editors.MapPost("/{id:long}/confirm", (long id, HttpContext context, ReviewDesk desk, IChanceryStore store, CancellationToken ct) =>
            AnswerAsync(id, context, store, clearance => desk.ConfirmAsync(new Id<Engagement>(id), clearance, ct), ct)).WithName("ConfirmEngagement").WithSummary("Confirm an engagement (editors).");
        editors.MapPost("/{id:long}/reject", (long id, HttpContext context, ReviewDesk desk, IChanceryStore store, CancellationToken ct) =>
            AnswerAsync(id, context, store, clearance => desk.RejectAsync(new Id<Engagement>(id), clearance, ct), ct)).WithName("RejectEngagement").WithSummary("Reject an engagement (editors).");
        return api;
    }

    private static async Task<Results<Ok<EngagementListDocument>, ValidationProblem>> ListAsync(
        [AsParameters] EngagementFilter filter, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var (query, problems) = filter.ToQuery(Viewer.Clearance(context));
        if (query is null)
        {
            return TypedResults.ValidationProblem(problems, title: "The filter is not understood");
        }
        var page = await store.ReadAsync((reader, ct) => reader.FindEngagementsAsync(query, ct), cancellationToken);
        string? Link(int number) => $"{context.Request.Path}{QueryString.Create(context.Request.Query
            .Where(p => p.Key != "page")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture))))}";
        var number = filter.PageNumber;
        return TypedResults.Ok(new EngagementListDocument(
            [.. page.Rows.Select(EngagementRowDocument.From)],
            page.Total,
            number,
            filter.Size,
            number * filter.Size < page.Total ? Link(number + 1) : null,
            number > 1 ? Link(number - 1) : null));
    }

    private static async Task<Results<Created<EngagementDocument>, ValidationProblem>> CreateAsync(
        EngagementDraft draft, HttpContext context, RegistryDesk desk, IChanceryStore store, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var (engagement, problems) = draft.ToEngagement(clearance);
        if (engagement is null)
        {
            return TypedResults.ValidationProblem(problems, title: "The engagement is not understood");
        }
        try
        {
            var id = await desk.RecordEngagementAsync(engagement, clearance, cancellationToken);
            var documents = await EngagementReader.DocumentsAsync(store, [id], clearance, cancellationToken);
            return TypedResults.Created($"/api/v1/engagements/{id.Value}", documents[0]);
        }
        catch (StoreException e) when (e.Problem == StoreProblem.Invalid)
        {
            return ApiProblems.Refused(e.Message);
        }
    }

    private static async Task<Results<Ok<EngagementDocument>, ValidationProblem, ProblemHttpResult>> EditAsync(
        long id, EngagementPatch patch, HttpContext context, ReviewDesk desk, IChanceryStore store, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var (edit, problems) = patch.ToEdit(clearance);
        if (edit is null)
        {
            // A record above the editor's clearance is absent, whatever the patch says: its problems are told only of one they may see.
            var visible = id > 0 && await store.ReadAsync((r, ct) => r.EngagementsWithoutEvidenceAsync([new Id<Engagement>(id)], ct), cancellationToken) is [{ } found] && found.Classification <= clearance;
            return visible ? TypedResults.ValidationProblem(problems, title: "The patch is not understood") : ApiProblems.NotFound("engagement", id);
        }
        return await AnswerAsync(id, context, store, clearance => desk.EditAsync(new Id<Engagement>(id), edit, clearance, cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<EngagementDocument>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        long id, HttpContext context, IChanceryStore store, Func<Classification, Task<Engagement>> answer, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        try
        {
            await answer(clearance);
        }
        catch (KeyNotFoundException)
        {
            return ApiProblems.NotFound("engagement", id);
        }
        catch (StoreException e) when (e.Problem == StoreProblem.Invalid)
        {
            return ApiProblems.Refused(e.Message);
        }
        var documents = await EngagementReader.DocumentsAsync(store, [new Id<Engagement>(id)], clearance, cancellationToken);
        return TypedResults.Ok(documents[0]);
    }

    private static async Task<Results<Ok<EngagementDocument>, ProblemHttpResult>> GetAsync(long id, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var documents = id < 1 ? [] : await EngagementReader.DocumentsAsync(store, [new Id<Engagement>(id)], Viewer.Clearance(context), cancellationToken);
        // One the visitor may not see is as absent as one that does not exist: a different answer would tell it is there.
        return documents.Count == 1
            ? TypedResults.Ok(documents[0])
            : ApiProblems.NotFound("engagement", id);
    }
}
