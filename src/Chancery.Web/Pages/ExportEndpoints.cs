using Chancery.App;
using Chancery.App.Briefing;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Web.Hosting;
using Chancery.Web.Security;

namespace Chancery.Web.Pages;

/// <summary>
/// Downloads, each within the visitor's clearance: the lists as CSV or JSON, the network as GraphML, the log as event
/// records, upcoming meetings as an iCalendar feed, and a partner's briefing pack as Markdown, HTML or Word.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup("").ExcludeFromDescription();
        downloads.MapGet("/export/{list}.{format}", ExportAsync);
        downloads.MapGet("/calendar.ics", CalendarAsync);
        downloads.MapGet("/partners/{code}/brief.{format}", BriefAsync);
        return app;
    }

    private static async Task ExportAsync(string list, string format, string? partner, HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Exporter.TryParseList(list, out var what) || !Exporter.TryParseFormat(format, out var how) || !Exporter.Supports(what, how))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        ActorId? party = ActorId.TryParse(partner, out var id) ? id : null;
        context.Response.ContentType = Exporter.MediaType(how) + "; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"chancery-{what.ToString().ToLowerInvariant()}{(party is { } p ? $"-{p.Value.ToLowerInvariant()}" : "")}.{format.ToLowerInvariant()}\"";
        await Exporter.WriteAsync(context.Response.Body, store, what, how, Viewer.Clearance(context), clock.Today(), party, cancellationToken);
    }

    private static async Task<IResult> CalendarAsync(HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var calendar = await CalendarExport.BuildAsync(store, Viewer.Clearance(context), clock.Today(), clock.Today().AddYears(1), cancellationToken);
        return Results.Text(CalendarExport.Serialize(calendar), "text/calendar; charset=utf-8");
    }

    private static async Task<IResult> BriefAsync(string code, string format, string? meeting, HttpContext context, IChanceryStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!ActorId.TryParse(code, out var partner) || !BriefingFiles.Formats.Contains(format))
        {
            return Results.NotFound();
        }
        Key<Mechanism>? mechanism = Key<Mechanism>.TryParse(meeting, out var key) ? key : null;
        if (await BriefingBuilder.BuildAsync(store, partner, Viewer.Clearance(context), clock.Today(), mechanism, cancellationToken) is not { } pack)
        {
            return Results.NotFound();
        }
        using var buffer = new MemoryStream();
        await BriefingFiles.WriteAsync(buffer, pack, format);
        return Results.File(buffer.ToArray(), BriefingFiles.MediaType(format), $"brief-{partner.Value.ToLowerInvariant()}.{format}");
    }
}
