using Chancery.App.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Chancery.Web.Security;

/// <summary>
/// People sign in with a form and carry a cookie; scripts send an API token. Requests with a bearer token are
/// authenticated by it, all others by the cookie. Editing needs the editor or admin role.
/// </summary>
internal static class AuthenticationSetup
{
    public const string Editors = "editors";
    private const string Either = "cookie-or-token";

    public static IServiceCollection AddChanceryAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<AccountDesk>();
        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, "Cookie or API token", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith(ApiTokenHandler.SchemeName + " ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/logout";
                cookie.AccessDeniedPath = "/denied";
                cookie.Cookie.Name = "chancery";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                // The API answers with status codes, not with a redirect to the sign-in form.
                cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Editors, policy => policy.RequireRole("editor", "admin"));
        return services;
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
