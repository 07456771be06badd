using System.Globalization;
using System.Text;

namespace Chancery.App.Ingestion;

/// <summary>
/// A name as ingestion compares it, a person's or a plan's: lower case, without accents, leading honorifics or
/// punctuation, as words. "H.E. Evgeny Zagaynov" and "Evgeny Zagaynov" are the same words; "Zagaynov" is some of them.
/// </summary>
internal static class NameWords
{
    /// <summary>Forms of address that are no part of a name.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "h", "e", "he", "mr", "mrs", "ms", "dr", "prof", "dato", "datuk", "datin", "tan", "sri", "seri", "tun", "pehin", "dato'", "hon", "sir", "dame", "excellency",
    };

    public static string[] Words(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Dr Kao Kim Hourn", "Dato' Seri Anwar": an honorific counts only before the name proper.
        var first = 0;
        while (first < words.Length - 1 && Honorifics.Contains(words[first]))
        {
            first++;
        }
        return words[first..];
    }

    public static string Key(string name) => string.Join(' ', Words(name));

    /// <summary>Whether every word of the shorter name stands in the longer: "Zagaynov" in "Evgeny Zagaynov".</summary>
    public static bool Covers(IReadOnlyCollection<string> longer, IReadOnlyCollection<string> shorter) =>
        shorter.Count > 0 && shorter.Count <= longer.Count && shorter.All(longer.Contains);
}
