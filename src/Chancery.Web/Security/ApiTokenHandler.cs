using System.Text.Encodings.Web;
using Chancery.App.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Chancery.Web.Security;

/// <summary>Signs in a script that sends <c>Authorization: Bearer chy_...</c>: the user the token was issued to.</summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountDesk accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var user = await accounts.UserOfTokenAsync(header[(SchemeName.Length + 1)..].Trim(), Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("the token is not one Chancery issued")
            : AuthenticateResult.Success(new AuthenticationTicket(UserClaims.Principal(user, SchemeName), SchemeName));
    }
}
