using Chancery.Store;
using Microsoft.AspNetCore.DataProtection;
using Chancery.Web.Api;
using Chancery.Web.Pages;
using Chancery.Web.Security;

namespace Chancery.Web.Hosting;

/// <summary>
/// The web application and the JSON API over one store: <c>chancery serve</c> runs it, tests start it on a free port.
/// </summary>
public static class ChanceryWebApp
{
    public static WebApplication Build(IChanceryStore store, WebOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        // Requests are not logged: their query strings may carry what people searched for, and tokens later.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The keys protect anti-forgery tokens only: kept in memory, nothing is written to disk, and a restart merely asks
        // for a form to be sent again.
        builder.Services.AddSingleton<IDataProtectionProvider, EphemeralDataProtectionProvider>();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddRazorComponents();
        builder.Services.AddChanceryAuthentication();
        builder.Services.AddSingleton<Chancery.App.Review.ReviewDesk>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1");
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseRejectUnknownTokens();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapAssets();
        app.MapPages();
        app.MapAccountPages();
        app.MapReviewPages();
        app.MapGroup("/api/v1").MapEngagementsApi().MapPartnersApi();
        return app;
    }
}
