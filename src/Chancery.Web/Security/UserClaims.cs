using System.Security.Claims;
using Chancery.Domain;

namespace Chancery.Web.Security;

/// <summary>A signed-in user as the claims of a principal: name, role and clearance.</summary>
internal static class UserClaims
{
    public const string Clearance = "chancery:clearance";

    /// <summary>Present while the user signed in with a generated password and has not chosen their own.</summary>
    public const string MustChangePassword = "chancery:must-change-password";

    public static ClaimsPrincipal Principal(UserAccount user, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, Taxonomy<Role>.Slug(user.Role)),
            new Claim(Clearance, Taxonomy<Classification>.Slug(user.Clearance)),
            .. user.MustChangePassword ? [new Claim(MustChangePassword, "true")] : Array.Empty<Claim>(),
        ],
        scheme, ClaimTypes.Name, ClaimTypes.Role));
}
