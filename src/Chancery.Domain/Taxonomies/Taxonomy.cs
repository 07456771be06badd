using System.Collections.Frozen;
using System.Text;

namespace Chancery.Domain;

/// <summary>
/// The slugs of an enum taxonomy as the extraction contract spells them: <c>CourtesyCall</c> is
/// <c>courtesy-call</c>, <c>SupportsAseanCentrality</c> is <c>supports-asean-centrality</c>.
/// The enum member names are the single source of truth; the slugs are derived, never typed twice.
/// </summary>
public static class Taxonomy<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> SlugOf =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => Kebab(value.ToString()));

    private static readonly FrozenDictionary<string, TEnum> ValueOf =
        SlugOf.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every member, in declaration order.</summary>
    public static IReadOnlyList<TEnum> All { get; } = Enum.GetValues<TEnum>();

    /// <summary>Every slug, in declaration order.</summary>
    public static IReadOnlyList<string> Slugs { get; } = All.Select(Slug).ToArray();

    public static string Slug(TEnum value) =>
        SlugOf.TryGetValue(value, out var slug) ? slug : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    /// <summary>A human label: <c>senior-officials-meeting</c> reads "Senior officials meeting".</summary>
    public static string Label(TEnum value)
    {
        var words = Slug(value).Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static bool TryParse(string? slug, out TEnum value)
    {
        value = default;
        return slug is not null && ValueOf.TryGetValue(slug.Trim(), out value);
    }

    /// <exception cref="FormatException">The text is not one of the slugs; the message lists them.</exception>
    public static TEnum Parse(string slug) =>
        TryParse(slug, out var value)
            ? value
            : throw new FormatException($"'{slug}' is not a {Kebab(typeof(TEnum).Name).Replace('-', ' ')}; expected one of: {string.Join(", ", Slugs)}");

    private static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(pascal[i]));
        }
        return builder.ToString();
    }
}
