using Chancery.App.Ingestion;
using Chancery.Domain;
using Chancery.Web.Components;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Web.Pages;

/// <summary>
/// Editors ingest in the browser: press releases uploaded as files, or the addresses of pages and feeds. The form
/// posts with an anti-forgery token; sources are classified at most at the editor's own clearance.
/// </summary>
internal static class IngestEndpoints
{
    /// <summary>Files of one upload together (Kestrel's own limit on a request): a day's releases, not an archive (the command line takes those).</summary>
    private const long MaxUploadBytes = 30L * 1024 * 1024;

    public static IEndpointRouteBuilder MapIngestPages(this IEndpointRouteBuilder app)
    {
        var editors = app.MapGroup("/ingest").ExcludeFromDescription().RequireAuthorization(AuthenticationSetup.Editors);
        editors.MapGet("", (HttpContext context) => new RazorComponentResult<IngestPage>(new { Clearance = Viewer.Clearance(context) }));
        editors.MapPost("", IngestAsync).WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxUploadBytes });
        return app;
    }

    private static async Task<RazorComponentResult> IngestAsync(
        [FromForm] IFormFileCollection files, [FromForm] string? urls, [FromForm] string? outlet, [FromForm] string? classification,
        HttpContext context, IngestDesk desk, CancellationToken cancellationToken)
    {
        var clearance = Viewer.Clearance(context);
        var problems = new List<string>();
        var level = Classification.Public;
        if (!string.IsNullOrWhiteSpace(classification) && (!Taxonomy<Classification>.TryParse(classification, out level) || level > clearance))
        {
            problems.Add($"'{classification}' is not a classification you may give (you are cleared for {Taxonomy<Classification>.Slug(clearance)})");
        }
        var addresses = new List<Uri>();
        foreach (var line in (urls ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Uri.TryCreate(line, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                addresses.Add(url);
            }
            else
            {
                problems.Add($"'{line}' is not a web address (http or https)");
            }
        }
        if (files.Count == 0 && addresses.Count == 0 && problems.Count == 0)
        {
            problems.Add("choose files to upload or give web addresses");
        }
        if (problems.Count > 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return new RazorComponentResult<IngestPage>(new { Clearance = clearance, Problems = problems });
        }
        var uploads = new List<(string, byte[])>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            uploads.Add((Path.GetFileName(file.FileName), buffer.ToArray()));
        }
        var result = await desk.IngestAsync(uploads, addresses, new IngestOptions { Outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim(), Classification = level }, cancellationToken);
        return new RazorComponentResult<IngestPage>(new { Clearance = clearance, Result = result });
    }
}
