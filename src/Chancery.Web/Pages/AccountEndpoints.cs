using Chancery.App.Accounts;
using Chancery.Web.Components;
using Chancery.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Web.Pages;

/// <summary>
/// Signing in with the form, and out, and choosing one's password. The form posts carry an anti-forgery token, checked
/// before anything else.
/// </summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/login", (string? returnUrl) => new RazorComponentResult<SignIn>(new { ReturnUrl = returnUrl }));
        pages.MapPost("/login", SignInAsync);
        var signedIn = pages.MapGroup(OneTimePasswords.FormPath).RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = CookieAuthenticationDefaults.AuthenticationScheme });
        signedIn.MapGet("", (string? returnUrl, HttpContext context) =>
            new RazorComponentResult<PasswordPage>(new { ReturnUrl = returnUrl, Required = context.User.HasClaim(c => c.Type == UserClaims.MustChangePassword) }));
        signedIn.MapPost("", ChangePasswordAsync);
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
            return Results.LocalRedirect(user.MustChangePassword
                ? $"{OneTimePasswords.FormPath}?returnUrl={Uri.EscapeDataString(Local(returnUrl))}"
                : Local(returnUrl));
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        var problem = result.Outcome == SignInOutcome.LockedOut
            ? $"Too many wrong passwords: signing in as {name} is refused until {result.LockedUntil:HH:mm} UTC."
            : "The name or the password is wrong.";
        return new RazorComponentResult<SignIn>(new { ReturnUrl = returnUrl, Name = name, Problem = problem });
    }

    private static async Task<IResult> ChangePasswordAsync(
        [FromForm] string? current, [FromForm] string? chosen, [FromForm] string? repeated, [FromForm] string? returnUrl,
        HttpContext context, AccountDesk accounts, CancellationToken cancellationToken)
    {
        var name = context.User.Identity!.Name!;
        var outcome = chosen != repeated ? (PasswordChangeOutcome?)null : await accounts.ChangePasswordAsync(name, current ?? "", chosen ?? "", cancellationToken);
        if (outcome == PasswordChangeOutcome.Changed && await accounts.UserAsync(name, cancellationToken) is { } user)
        {
            // A new cookie, without the mark of the generated password.
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserClaims.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.LocalRedirect(Local(returnUrl));
        }
        if (outcome == PasswordChangeOutcome.LockedOut)
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = outcome switch
        {
            null => "The two new passwords differ.",
            PasswordChangeOutcome.TooShort => $"A password has at least {AccountDesk.MinPasswordLength} characters.",
            PasswordChangeOutcome.Unchanged => "The new password is the current one.",
            PasswordChangeOutcome.LockedOut => "Too many wrong passwords: you are signed out until the lock ends.",
            _ => "The current password is wrong.",
        };
        return new RazorComponentResult<PasswordPage>(new { ReturnUrl = returnUrl, Required = context.User.HasClaim(c => c.Type == UserClaims.MustChangePassword), Problem = problem });
    }

    /// <summary>Only an address of this site: a sign-in link must not send people elsewhere.</summary>
    private static string Local(string? returnUrl) =>
        returnUrl is { Length: > 0 } local && Uri.IsWellFormedUriString(local, UriKind.Relative) && local.StartsWith('/') && !local.StartsWith("//", StringComparison.Ordinal) ? local : "/";
}
