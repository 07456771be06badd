using Chancery.Domain;

namespace Chancery.Web.Hosting;

/// <summary>
/// Who is looking, and so what they may see. Until users sign in, every visitor is anonymous and cleared for public
/// records only: restricted and confidential engagements and sources stay out of pages, API, searches and counts.
/// </summary>
internal static class Viewer
{
    public static Classification Clearance(HttpContext context) => Classification.Public;
}
