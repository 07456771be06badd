using Chancery.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace Chancery.Web.Api;

/// <summary>Who may change records through the API.</summary>
internal static class ApiAccess
{
    /// <summary>
    /// Routes for editors and admins. Changes come from scripts with an API token only: a browser's cookie is never
    /// enough to change a record here, so a page of another site cannot make a signed-in editor's browser do it.
    /// </summary>
    public static RouteGroupBuilder Editors(this RouteGroupBuilder group) =>
        group.MapGroup("").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiTokenHandler.SchemeName, Roles = "editor,admin" });
}
