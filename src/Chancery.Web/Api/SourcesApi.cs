using System.Text;
using Chancery.App.Ingestion;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Filters;
using Chancery.Web.Security;

namespace Chancery.Web.Api;

/// <summary>
/// <c>/api/v1/sources</c>: the documents engagements were read from, at the reader's clearance; editors send new ones,
/// which are read, extracted and stored like any other ingestion.
/// </summary>
internal static class SourcesApi
{
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sources").WithTags("Sources");
        group.MapGet("/", ListAsync).WithName("ListSources").WithSummary("Sources, newest first and paged; q finds words of their titles and texts, best match first.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetSource").WithSummary("A source's text, outlet and dates.");
        group.Editors().MapPost("/", IngestAsync).WithName("IngestSource").WithSummary("Read a document's text, or fetch a page or feed, and store the engagements it reports as drafts (editors).");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<SourceHitDocument>>, ValidationProblem>> ListAsync([AsParameters] PageRequest paging, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        paging.CheckPaging(problems);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: "The page is not understood");
        }
        var clearance = Viewer.Clearance(context);
        var words = SearchText.Parse(paging.Q);
        var hits = await store.ReadAsync((reader, ct) => words is null
            ? reader.RecentSourcesAsync(clearance, paging.Offset, paging.Size, ct)
            : reader.SearchSourcesAsync(words, clearance, paging.Size, ct), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SourceHitDocument>>([.. hits.Select(SourceHitDocument.From)]);
    }

    private static async Task<Results<Ok<SourceDocument>, ProblemHttpResult>> GetAsync(long id, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var source = id < 1 ? null : await store.ReadAsync((r, ct) => r.SourceAsync(new Id<Source>(id), ct), cancellationToken);
        return source is null || source.Classification > Viewer.Clearance(context) ? ApiProblems.NotFound("source", id) : TypedResults.Ok(SourceDocument.From(source));
    }

    private static async Task<Results<Created<IReadOnlyList<SourceIngestionDocument>>, Ok<IReadOnlyList<SourceIngestionDocument>>, ValidationProblem, ProblemHttpResult>> IngestAsync(
        SourceDraft draft, HttpContext context, IngestDesk desk, CancellationToken cancellationToken)
    {
        var (url, classification, problems) = draft.Read(Viewer.Clearance(context));
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems, title: "The document is not understood");
        }
        var options = new IngestOptions { Outlet = string.IsNullOrWhiteSpace(draft.Outlet) ? null : draft.Outlet.Trim(), Classification = classification };
        var uploads = draft.Text is null ? [] : new[] { (draft.DocumentName, Encoding.UTF8.GetBytes(draft.Text)) };
        var result = await desk.IngestAsync(uploads, url is null ? [] : [url], options, cancellationToken);
        if (result.FetchFailures.Count > 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The address could not be read", detail: result.FetchFailures[0]);
        }
        // A page is one document and a feed many: the answer tells what became of each.
        IReadOnlyList<SourceIngestionDocument> documents = [.. result.Documents.Select(SourceIngestionDocument.From)];
        if (result.Documents.FirstOrDefault(d => d.Outcome == DocumentOutcome.Stored) is { } stored)
        {
            return TypedResults.Created($"/api/v1/sources/{stored.Source.Value}", documents);
        }
        if (result.Documents.Count > 0 && result.Documents.All(d => d.Outcome == DocumentOutcome.Failed))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The document could not be read", detail: result.Documents[0].Error);
        }
        return TypedResults.Ok(documents);
    }
}
