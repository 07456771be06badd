using Chancery.Domain;

namespace Chancery.Web.Filters;

/// <summary>Reads a taxonomy's slug from a request, noting the problem under the parameter's name when it is none of them.</summary>
internal static class Slugs
{
    public static TEnum? Read<TEnum>(string? slug, string name, Dictionary<string, string[]> problems) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }
        if (Taxonomy<TEnum>.TryParse(slug, out var value))
        {
            return value;
        }
        problems[name] = [$"'{slug}' is not one of: {string.Join(", ", Taxonomy<TEnum>.Slugs)}"];
        return null;
    }

    /// <summary>As <see cref="Read{TEnum}"/>, and a missing slug is a problem too.</summary>
    public static TEnum? Required<TEnum>(string? slug, string name, Dictionary<string, string[]> problems) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            problems[name] = [$"is required: one of {string.Join(", ", Taxonomy<TEnum>.Slugs)}"];
            return null;
        }
        return Read<TEnum>(slug, name, problems);
    }
}
