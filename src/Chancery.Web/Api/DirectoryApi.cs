using Chancery.App;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Security;

namespace Chancery.Web.Api;

/// <summary><c>/api/v1/people</c>, <c>/api/v1/mechanisms</c> and <c>/api/v1/sources/{id}</c>: the registry around the engagements, at the reader's clearance.</summary>
internal static class DirectoryApi
{
    private const int MaxPeople = 500;

    public static RouteGroupBuilder MapDirectoryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/people", PeopleAsync).WithTags("People").WithName("ListPeople").WithSummary("People and the positions they held; q finds words of their names.");
        api.MapGet("/people/{id:long}", PersonAsync).WithTags("People").WithName("GetPerson").WithSummary("A person with every known position.");
        api.MapGet("/mechanisms", MechanismsAsync).WithTags("Mechanisms").WithName("ListMechanisms").WithSummary("Recurring mechanisms with their sittings, cadence and the sitting expected next.");
        api.MapGet("/sources/{id:long}", SourceAsync).WithTags("Sources").WithName("GetSource").WithSummary("A source's text, outlet and dates.");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<PersonDocument>>, ValidationProblem>> PeopleAsync(string? q, string? affiliation, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        ActorId? side = null;
        if (!string.IsNullOrWhiteSpace(affiliation))
        {
            if (!ActorId.TryParse(affiliation, out var id))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["affiliation"] = [$"'{affiliation}' is not an actor code such as RU"] });
            }
            side = id;
        }
        var query = new PeopleQuery { Name = SearchText.Parse(q), Affiliation = side, Limit = MaxPeople, Clearance = Viewer.Clearance(context) };
        var people = await store.ReadAsync((r, ct) => r.PeopleAsync(query, ct), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PersonDocument>>([.. people.Select(PersonDocument.From)]);
    }

    private static async Task<Results<Ok<PersonDocument>, ProblemHttpResult>> PersonAsync(long id, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var query = new PeopleQuery { Id = new Id<Person>(Math.Max(0, id)), Clearance = Viewer.Clearance(context) };
        var person = id < 1 ? null : (await store.ReadAsync((r, ct) => r.PeopleAsync(query, ct), cancellationToken)).SingleOrDefault();
        return person is null ? NotFound("person", id) : TypedResults.Ok(PersonDocument.From(person));
    }

    private static async Task<Ok<IReadOnlyList<MechanismSummaryDocument>>> MechanismsAsync(string? partner, HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        ActorId? party = ActorId.TryParse(partner, out var id) ? id : null;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var mechanisms = await MechanismDirectory.ListAsync(store, party, Viewer.Clearance(context), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MechanismSummaryDocument>>([.. mechanisms.Select(m => MechanismSummaryDocument.From(m, today))]);
    }

    private static async Task<Results<Ok<SourceDocument>, ProblemHttpResult>> SourceAsync(long id, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var source = id < 1 ? null : await store.ReadAsync((r, ct) => r.SourceAsync(new Id<Source>(id), ct), cancellationToken);
        return source is null || source.Classification > Viewer.Clearance(context) ? NotFound("source", id) : TypedResults.Ok(SourceDocument.From(source));
    }

    /// <summary>The same answer for a record that does not exist and for one above the reader's clearance.</summary>
    public static ProblemHttpResult NotFound(string what, long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"There is no {what} #{id}.");
}
