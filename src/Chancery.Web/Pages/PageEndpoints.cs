using Chancery.App;
using Chancery.App.Plans;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Components;
using Chancery.Web.Filters;
using Chancery.Web.Hosting;
using Chancery.Web.Security;

namespace Chancery.Web.Pages;

/// <summary>
/// The pages: each gathers what it shows through Chancery.App, at the visitor's clearance, and renders a component on
/// the server. Components encode everything they write, so a source carrying HTML shows as text.
/// </summary>
internal static class PageEndpoints
{
    /// <summary>How many years the dashboard's heatmap shows.</summary>
    private const int HeatmapYears = 12;

    /// <summary>How many of its engagements, newest first, a partner's page lists.</summary>
    private const int PartnerEngagements = 50;

    /// <summary>Up to how many matches the log counts its facets (a few milliseconds); past it, the facets show no counts.</summary>
    private const int MaxFacetedMatches = 2_000;

    /// <summary>Of how many of a partner's newest engagements its page charts the sectors: a picture of the present, quick however long the log.</summary>
    private const int PartnerSectorEngagements = 500;

    /// <summary>How many of the people who took part in a partner's newest engagements its page names.</summary>
    private const int PartnerPeople = 40;

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", DashboardAsync);
        pages.MapGet("/engagements", LogAsync);
        pages.MapGet("/engagements/{id:long}", EngagementAsync);
        pages.MapGet("/partners", PartnersAsync);
        pages.MapGet("/partners/{code}", PartnerAsync);
        return app;
    }

    private static async Task<RazorComponentResult> DashboardAsync(HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var partners = await PartnerDirectory.ListAsync(store, clock.Today(), clearance, cancellationToken);
        var (recent, drafts) = await store.ReadAsync(async (reader, ct) => (
            await reader.FindEngagementsAsync(new EngagementQuery { Clearance = clearance, Limit = 10 }, ct),
            await reader.FindEngagementsAsync(new EngagementQuery { Clearance = clearance, Review = ReviewState.Draft, Limit = 5 }, ct)), cancellationToken);
        var heatmap = await EngagementHeatmap.BuildAsync(store, partners, clearance, HeatmapYears, cancellationToken);
        var expected = await MeetingCalendar.ExpectedAsync(store, clearance, clock.Today(), clock.Today().AddYears(1), cancellationToken: cancellationToken);
        return new RazorComponentResult<Dashboard>(new { Recent = recent, Drafts = drafts, Heatmap = heatmap, Partners = partners.Count, Expected = expected });
    }

    private static async Task<RazorComponentResult> LogAsync([AsParameters] EngagementFilter filter, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var (query, problems) = filter.ToQuery(Viewer.Clearance(context));
        if (query is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return new RazorComponentResult<EngagementLog>(new { Filter = filter, Page = new EngagementPage([], 0), Problems = problems.SelectMany(p => p.Value).ToList() });
        }
        var (page, facets) = await store.ReadAsync(async (reader, ct) =>
        {
            var found = await reader.FindEngagementsAsync(query, ct);
            // Counting facets reads every match: worth it for a narrowed log, too slow for a large one whole.
            return (found, found.Total <= MaxFacetedMatches ? await reader.EngagementFacetsAsync(query, ct) : null);
        }, cancellationToken);
        return new RazorComponentResult<EngagementLog>(new { Filter = filter, Page = page, Facets = facets });
    }

    private static async Task<RazorComponentResult> EngagementAsync(long id, HttpContext context, IChanceryStore store, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var documents = id < 1 ? [] : await EngagementReader.DocumentsAsync(store, [new Id<Engagement>(id)], clearance, cancellationToken);
        if (documents.Count == 0)
        {
            return NotFoundPage(context);
        }
        var sources = await store.ReadAsync((reader, ct) => VisibleSources.ReadAsync(reader, documents[0].Sources.Select(s => new Id<Source>(s.SourceId)), clearance, ct), cancellationToken);
        var texts = sources.ToDictionary(s => s.Id.Value, s => s.Text);
        var suggestions = Viewer.CanEdit(context.User) ? await new PlanDesk(store).SuggestAsync(new Id<Engagement>(id), cancellationToken) : [];
        return new RazorComponentResult<EngagementDetail>(new { Engagement = documents[0], Texts = texts, Suggestions = suggestions });
    }

    private static async Task<RazorComponentResult> PartnersAsync(HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken) =>
        new RazorComponentResult<PartnerList>(new { Partners = await PartnerDirectory.ListAsync(store, clock.Today(), Viewer.Clearance(context), cancellationToken) });

    private static async Task<RazorComponentResult> PartnerAsync(string code, HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var found = ActorId.TryParse(code, out var id) ? await PartnerDirectory.FindAsync(store, id, clock.Today(), clearance, PartnerEngagements, cancellationToken) : null;
        if (found is not { } overview)
        {
            return NotFoundPage(context);
        }
        var (partner, engagements) = overview;
        var mechanisms = await MechanismDirectory.ListAsync(store, partner.Partner.Id, clearance, cancellationToken);
        var people = await MeetingNetwork.OfAsync(store, [.. engagements.Rows.Select(r => r.Id)], clearance, PartnerPeople, cancellationToken);
        var (sectors, plans) = await store.ReadAsync(async (r, ct) => (
            await r.EngagementsPerSectorAndYearAsync(partner.Partner.Id, clearance, PartnerSectorEngagements, ct),
            (await r.PlansAsync(ct)).Where(p => p.Parties.Contains(partner.Partner.Id)).ToList()), cancellationToken);
        return new RazorComponentResult<PartnerPage>(new
        {
            Partner = partner, Mechanisms = mechanisms, Engagements = engagements, Today = clock.Today(),
            People = people.People, Sectors = sectors, Plans = plans,
        });
    }

    public static RazorComponentResult NotFoundPage(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return new RazorComponentResult<NotFoundPage>();
    }
}
