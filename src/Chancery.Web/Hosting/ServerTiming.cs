using System.Diagnostics;
using System.Globalization;

namespace Chancery.Web.Hosting;

/// <summary>
/// Tells each response how long the server spent on it (<c>Server-Timing: app;dur=12.3</c>): the browser's developer
/// tools show it, and the web benchmark reads it.
/// </summary>
internal static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)}";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
