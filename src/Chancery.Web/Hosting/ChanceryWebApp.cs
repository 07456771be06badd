using Chancery.Store;
using Chancery.Web.Api;
using Chancery.Web.Pages;
using Chancery.Web.Security;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Scalar.AspNetCore;

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
        builder.Services.AddDataProtection();
        builder.Services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new MemoryKeyRepository());
        // Keys kept in memory need no encryption at rest: the warning that they have none says nothing here.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddRazorComponents();
        builder.Services.AddChanceryAuthentication();
        builder.Services.AddSingleton<Chancery.App.Review.ReviewDesk>();
        builder.Services.AddSingleton<Chancery.App.Registry.RegistryDesk>();
        builder.Services.AddSingleton(new Chancery.App.Ingestion.IngestDesk(store, options.Fetching));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chancery API";
            document.Info.Description = "The dialogue-relations log: engagements, partners, people, mechanisms and sources. Reads are open at the public "
                + "clearance; send an API token (`chancery user token NAME`) as `Authorization: Bearer chy_...` to read up to its user's clearance "
                + "and, for editors, to change records. Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });

        var app = builder.Build();
        app.UseServerTiming();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseRejectUnknownTokens();
        app.UseOneTimePasswords();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(scalar => scalar.WithTitle("Chancery API"));
        app.MapAssets();
        app.MapPages();
        app.MapDirectoryPages();
        app.MapAccountPages();
        app.MapReviewPages();
        app.MapIngestPages();
        app.MapExports();
        app.MapGroup("/api/v1").MapEngagementsApi().MapPartnersApi().MapPeopleApi().MapMechanismsApi().MapSourcesApi().MapPlansApi();
        return app;
    }
}
