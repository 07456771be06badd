namespace Chancery.Web.Security;

/// <summary>
/// A user signed in with a generated password goes nowhere but the form that sets their own: the password was seen by
/// whoever made the account (or printed in a terminal), so it must not stay theirs.
/// </summary>
internal static class OneTimePasswords
{
    public const string FormPath = "/account/password";

    /// <summary>Where such a user may still go: the form, signing out, and the style sheet the form needs.</summary>
    private static readonly HashSet<string> Open = [FormPath, "/logout", "/site.css"];

    public static IApplicationBuilder UseOneTimePasswords(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == UserClaims.MustChangePassword) && !Open.Contains(context.Request.Path.Value ?? ""))
        {
            context.Response.Redirect($"{FormPath}?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
            return;
        }
        await next(context);
    });
}
