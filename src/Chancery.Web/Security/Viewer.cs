using System.Security.Claims;
using Chancery.Domain;

namespace Chancery.Web.Security;

/// <summary>
/// Who is looking, and so what they may see and do. A signed-in user sees up to their clearance; a visitor who has not
/// signed in is cleared for public records only. Restricted and confidential engagements and sources above the
/// clearance stay out of pages, API, searches and counts.
/// </summary>
internal static class Viewer
{
    public static Classification Clearance(HttpContext context) => Clearance(context.User);

    public static Classification Clearance(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Taxonomy<Classification>.TryParse(user.FindFirstValue(UserClaims.Clearance), out var clearance)
            ? clearance
            : Classification.Public;

    public static bool CanEdit(ClaimsPrincipal user) => user.IsInRole(Taxonomy<Role>.Slug(Role.Editor)) || user.IsInRole(Taxonomy<Role>.Slug(Role.Admin));
}
