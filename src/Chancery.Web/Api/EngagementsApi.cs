using Chancery.App;
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

    private static async Task<Results<Ok<EngagementDocument>, ProblemHttpResult>> GetAsync(long id, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var documents = id < 1 ? [] : await EngagementReader.DocumentsAsync(store, [new Id<Engagement>(id)], Viewer.Clearance(context), cancellationToken);
        // One the visitor may not see is as absent as one that does not exist: a different answer would tell it is there.
        return documents.Count == 1
            ? TypedResults.Ok(documents[0])
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such engagement", detail: $"There is no engagement #{id}.");
    }
}
