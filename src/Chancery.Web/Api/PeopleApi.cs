using Chancery.App;
using Chancery.App.Registry;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Security;

namespace Chancery.Web.Api;

/// <summary><c>/api/v1/people</c>: officials and the positions they held, at the reader's clearance; editors add and amend them.</summary>
internal static class PeopleApi
{
    private const int MaxPeople = 500;

    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People");
        group.MapGet("/", ListAsync).WithName("ListPeople").WithSummary("People and the positions they held; q finds words of their names.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetPerson").WithSummary("A person with every known position.");
        var editors = group.Editors();
        editors.MapPost("/", CreateAsync).WithName("CreatePerson").WithSummary("Add a person with their positions (editors).");
        editors.MapPatch("/{id:long}", EditAsync).WithName("EditPerson").WithSummary("Rename a person (the old name stays as an alias) or add aliases and positions (editors).");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<PersonDocument>>, ValidationProblem>> ListAsync(string? q, string? affiliation, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        var side = Fields.Actor(string.IsNullOrWhiteSpace(affiliation) ? null : affiliation, "affiliation", problems);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }
        var query = new PeopleQuery { Name = SearchText.Parse(q), Affiliation = side, Limit = MaxPeople, Clearance = Viewer.Clearance(context) };
        var people = await store.ReadAsync((r, ct) => r.PeopleAsync(query, ct), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PersonDocument>>([.. people.Select(PersonDocument.From)]);
    }

    private static async Task<Results<Ok<PersonDocument>, ProblemHttpResult>> GetAsync(long id, HttpContext context, IChanceryStore store, CancellationToken cancellationToken) =>
        await VisibleAsync(id, Viewer.Clearance(context), store, cancellationToken) is { } person
            ? TypedResults.Ok(PersonDocument.From(person))
            : ApiProblems.NotFound("person", id);

    private static async Task<Results<Created<PersonDocument>, ValidationProblem>> CreateAsync(PersonDraft draft, RegistryDesk desk, CancellationToken cancellationToken)
    {
        var (person, problems) = draft.ToPerson();
        if (person is null)
        {
            return TypedResults.ValidationProblem(problems, title: "The person is not understood");
        }
        var added = await desk.AddPersonAsync(person, cancellationToken);
        return TypedResults.Created($"/api/v1/people/{added.Id.Value}", PersonDocument.From(added));
    }

    private static async Task<Results<Ok<PersonDocument>, ValidationProblem, ProblemHttpResult>> EditAsync(
        long id, PersonPatch patch, HttpContext context, RegistryDesk desk, IChanceryStore store, CancellationToken cancellationToken)
    {
        // A person known only from records above the editor's clearance is as absent to them as to any reader.
        if (await VisibleAsync(id, Viewer.Clearance(context), store, cancellationToken) is null)
        {
            return ApiProblems.NotFound("person", id);
        }
        var (edit, problems) = patch.ToEdit();
        if (edit is null)
        {
            return TypedResults.ValidationProblem(problems, title: "The patch is not understood");
        }
        return TypedResults.Ok(PersonDocument.From(await desk.EditPersonAsync(new Id<Person>(id), edit, cancellationToken)));
    }

    private static async Task<Person?> VisibleAsync(long id, Classification clearance, IChanceryStore store, CancellationToken cancellationToken)
    {
        if (id < 1)
        {
            return null;
        }
        var query = new PeopleQuery { Id = new Id<Person>(id), Clearance = clearance };
        return (await store.ReadAsync((r, ct) => r.PeopleAsync(query, ct), cancellationToken)).SingleOrDefault();
    }
}
