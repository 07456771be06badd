namespace Chancery.Web.Hosting;

/// <summary>The style sheet, embedded in the assembly: a single binary serves itself, with no build step for the front end.</summary>
internal static class Assets
{
    private static readonly Lazy<byte[]> StyleSheet = new(() =>
    {
        using var stream = typeof(Assets).Assembly.GetManifestResourceStream("site.css")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(StyleSheet.Value, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
