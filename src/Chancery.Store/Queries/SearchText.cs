using System.Globalization;
using System.Text;

namespace Chancery.Store;

/// <summary>
/// What a user typed into a search box, read the same way by every engine: words must all occur;
/// words in double quotes must occur together, in order; the last word of each group may be the start
/// of a longer one ("Zagay" finds "Zagaynov"). Case, accents and punctuation do not matter.
/// </summary>
public sealed record SearchText
{
    private SearchText(IReadOnlyList<IReadOnlyList<string>> phrases, string original)
    {
        Phrases = phrases;
        Original = original;
    }

    /// <summary>Groups of words; each group must occur as written.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }

    public string Original { get; }

    /// <summary>Reads the text, or returns null when it holds no word to search for.</summary>
    public static SearchText? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var phrases = new List<IReadOnlyList<string>>();
        var segments = text.Split('"');
        for (var i = 0; i < segments.Length; i++)
        {
            var words = Words(segments[i]);
            // Odd segments lie inside quotes: one phrase. Even ones are loose words: one group each.
            if (i % 2 == 1)
            {
                if (words.Count > 0)
                {
                    phrases.Add(words);
                }
            }
            else
            {
                phrases.AddRange(words.Select(word => (IReadOnlyList<string>)[word]));
            }
        }
        return phrases.Count == 0 ? null : new SearchText(phrases, text.Trim());
    }

    public override string ToString() => Original;

    /// <summary>Lower-case runs of letters and digits, accents removed: how both engines tokenise.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }
}
