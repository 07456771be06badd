using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Chancery.Domain;

/// <summary>
/// Finds cities by any of their names, ignoring case, accents and punctuation ("Ha Noi", "HANOI",
/// "Brasilia"). Where a name is shared, the most populous place comes first, or the one in the country
/// a caller expects.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, City[]> byName;

    public Gazetteer(IEnumerable<City> cities)
    {
        var all = cities.ToArray();
        All = all;
        Count = all.Length;
        byName = all
            .SelectMany(city => new[] { city.Name }.Concat(city.AlternateNames).Select(Fold).Distinct().Select(key => (key, city)))
            .Where(entry => entry.key.Length > 0)
            .GroupBy(entry => entry.key, entry => entry.city)
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(c => c.Population).ToArray(), StringComparer.Ordinal);
    }

    public int Count { get; }

    /// <summary>Every place, in the order given.</summary>
    public IReadOnlyList<City> All { get; }

    /// <summary>Every place a name can mean, most populous first.</summary>
    public IReadOnlyList<City> Lookup(string name) => byName.TryGetValue(Fold(name), out var cities) ? cities : [];

    /// <summary>The place a name most likely means: in <paramref name="country"/> when given and known there, else the most populous.</summary>
    public City? Resolve(string name, ActorId? country = null)
    {
        var candidates = Lookup(name);
        return (country is { } expected ? candidates.FirstOrDefault(c => c.Country == expected) : null) ?? candidates.FirstOrDefault();
    }

    /// <summary>Lower-case letters and digits of a name, accents removed, words joined by single spaces.</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c is 'đ' or 'Đ' ? 'd' : c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().TrimEnd();
    }
}
