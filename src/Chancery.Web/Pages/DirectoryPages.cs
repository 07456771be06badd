using Chancery.App;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Components;
using Chancery.Web.Hosting;
using Chancery.Web.Security;

namespace Chancery.Web.Pages;

/// <summary>The registry's pages: people and their positions, mechanisms and their cadence, and sources.</summary>
internal static class DirectoryPages
{
    private const int MaxPeople = 300;
    private const int PersonEngagements = 100;
    private const int NetworkPeople = 40;

    public static IEndpointRouteBuilder MapDirectoryPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/people", PeopleAsync);
        pages.MapGet("/people/{id:long}", PersonAsync);
        pages.MapGet("/mechanisms", MechanismsAsync);
        pages.MapGet("/sources/{id:long}", SourceAsync);
        pages.MapGet("/network", NetworkAsync);
        pages.MapGet("/plans/{id}", PlanAsync);
        pages.MapGet("/analytics", AnalyticsAsync);
        return app;
    }

    private static async Task<RazorComponentResult> PeopleAsync(string? q, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var query = new PeopleQuery { Name = SearchText.Parse(q), Limit = MaxPeople, Clearance = Viewer.Clearance(context) };
        var people = await store.ReadAsync((r, ct) => r.PeopleAsync(query, ct), cancellationToken);
        return new RazorComponentResult<PeopleList>(new { People = people, Query = q });
    }

    private static async Task<RazorComponentResult> PersonAsync(long id, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var (people, engagements) = id < 1 ? ([], new EngagementPage([], 0)) : await store.ReadAsync(async (r, ct) => (
            await r.PeopleAsync(new PeopleQuery { Id = new Id<Person>(id), Clearance = clearance }, ct),
            await r.FindEngagementsAsync(new EngagementQuery { Person = new Id<Person>(id), Clearance = clearance, Limit = PersonEngagements }, ct)), cancellationToken);
        return people.Count == 0 ? PageEndpoints.NotFoundPage(context) : new RazorComponentResult<PersonPage>(new { Person = people[0], Engagements = engagements });
    }

    private static async Task<RazorComponentResult> MechanismsAsync(HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        new RazorComponentResult<MechanismList>(new
        {
            Mechanisms = await MechanismDirectory.ListAsync(store, null, Viewer.Clearance(context), cancellationToken),
            Today = clock.Today(),
        });

    private static async Task<RazorComponentResult> PlanAsync(string id, HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var (plan, visible) = await store.ReadAsync(async (r, ct) =>
        {
            var plan = Key<Plan>.TryParse(id, out var key) ? await r.PlanAsync(key, ct) : null;
            var evidence = plan is null ? [] : await r.EngagementsWithoutEvidenceAsync([.. plan.ActionLines.SelectMany(l => l.Evidence).Distinct()], ct);
            return (plan, evidence.Where(e => e.Classification <= clearance).Select(e => e.Id).ToHashSet());
        }, cancellationToken);
        return plan is null ? PageEndpoints.NotFoundPage(context) : new RazorComponentResult<PlanPage>(new { Plan = plan, Today = clock.Today(), Visible = visible });
    }

    /// <summary>Partners compared, two by default: Russia and China, the seed's partner and ASEAN's busiest.</summary>
    private static async Task<RazorComponentResult> AnalyticsAsync(string? partners, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var codes = (string.IsNullOrWhiteSpace(partners) ? "RU,CN" : partners).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(4).ToList();
        var found = new List<Chancery.App.Analytics.PartnerAnalytics>();
        var unknown = new List<string>();
        foreach (var code in codes)
        {
            if (ActorId.TryParse(code, out var id) && await Chancery.App.Analytics.PartnerAnalytics.BuildAsync(store, id, Viewer.Clearance(context), cancellationToken) is { } analytics)
            {
                found.Add(analytics);
            }
            else
            {
                unknown.Add(code);
            }
        }
        if (unknown.Count > 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return new RazorComponentResult<AnalyticsPage>(new { Partners = found, Problem = unknown.Count == 0 ? null : $"Not a state or organisation Chancery knows: {string.Join(", ", unknown)}" });
    }

    private static async Task<RazorComponentResult> NetworkAsync(string? partner, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        ActorId? side = ActorId.TryParse(partner, out var id) ? id : null;
        var network = await MeetingNetwork.BuildAsync(store, side, Viewer.Clearance(context), NetworkPeople, cancellationToken: cancellationToken);
        return new RazorComponentResult<NetworkPage>(new { Network = network, Partner = partner });
    }

    private static async Task<RazorComponentResult> SourceAsync(long id, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var source = id < 1 ? null : await store.ReadAsync((r, ct) => r.SourceAsync(new Id<Source>(id), ct), cancellationToken);
        return source is null || source.Classification > Viewer.Clearance(context)
            ? PageEndpoints.NotFoundPage(context)
            : new RazorComponentResult<SourcePage>(new { Source = source });
    }
}
