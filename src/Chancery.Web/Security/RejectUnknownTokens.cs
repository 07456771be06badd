namespace Chancery.Web.Security;

/// <summary>
/// A request that sends a bearer token Chancery does not know is refused outright, even where visitors may read: a
/// script whose token was revoked or mistyped must hear so, not quietly see less.
/// </summary>
internal static class RejectUnknownTokens
{
    public static IApplicationBuilder UseRejectUnknownTokens(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated != true
            && context.Request.Headers.Authorization.ToString().StartsWith(ApiTokenHandler.SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The API token is not valid").ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
