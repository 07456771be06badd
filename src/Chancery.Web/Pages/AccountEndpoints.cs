using Chancery.App.Accounts;
using Chancery.Web.Components;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Web.Pages;

/// <summary>Signing in with the form, and out. The form posts carry an anti-forgery token, checked before anything else.</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/login", (string? returnUrl) => new RazorComponentResult<SignIn>(new { ReturnUrl = returnUrl }));
        pages.MapPost("/login", SignInAsync);
        pages.MapGet("/denied", (HttpContext context) =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return new RazorComponentResult<DeniedPage>();
        });
        pages.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    private static async Task<IResult> SignInAsync([FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl, HttpContext context, AccountDesk accounts, CancellationToken cancellationToken)
    {
        var result = await accounts.SignInAsync(name ?? "", password ?? "", cancellationToken);
        if (result is { Outcome: SignInOutcome.SignedIn, User: { } user })
        {
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserClaims.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
            // Only an address of this site: a sign-in link must not send people elsewhere.
            return Results.LocalRedirect(returnUrl is { Length: > 0 } local && Uri.IsWellFormedUriString(local, UriKind.Relative) && local.StartsWith('/') && !local.StartsWith("//", StringComparison.Ordinal) ? local : "/");
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        var problem = result.Outcome == SignInOutcome.LockedOut
            ? $"Too many wrong passwords: signing in as {name} is refused until {result.LockedUntil:HH:mm} UTC."
            : "The name or the password is wrong.";
        return new RazorComponentResult<SignIn>(new { ReturnUrl = returnUrl, Name = name, Problem = problem });
    }
}
