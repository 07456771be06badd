using System.Globalization;
using System.Text.RegularExpressions;
using Chancery.Domain;

namespace Chancery.App.Benchmarks;

/// <summary>
/// Makes a corpus of any size from a few real press releases, one document at a time and never all at once:
/// each copy of a release has its years and ordinals moved by a few (sixty-five ways before a release repeats its
/// variations) and ends with a reference of its own, so that no two documents are the same text. Deterministic:
/// the same seeds give the same corpus.
/// </summary>
public sealed partial class CorpusGenerator(IReadOnlyList<string> seeds)
{
    /// <summary>Documents until their UTF-8 size reaches <paramref name="bytes"/>.</summary>
    public IEnumerable<string> Generate(long bytes)
    {
        if (seeds.Count == 0)
        {
            yield break;
        }
        long produced = 0;
        for (var i = 0; produced < bytes; i++)
        {
            var text = Document(i);
            produced += System.Text.Encoding.UTF8.GetByteCount(text);
            yield return text;
        }
    }

    /// <summary>The document at <paramref name="index"/> of the corpus, made alone: a corpus can be read in any order, or in part.</summary>
    public string Document(int index) =>
        $"{Vary(seeds[index % seeds.Count], index / seeds.Count)}\n\nRef. {index + 1:D7}\n";

    /// <summary>
    /// The document at <paramref name="index"/> with its days of the month moved too (by 3 a round, 28 ways), for an
    /// ingestion corpus: years, ordinals and days come round together only after 13 x 5 x 28 = 1,820 rounds of the
    /// seeds (147,420 documents from the dev set), so every document reports engagements of its own.
    /// </summary>
    public string News(int index) => MoveDays(Document(index), index / seeds.Count);

    private static string MoveDays(string text, int round) => round % 28 == 0 ? text : DayOfMonth().Replace(text, m =>
    {
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var moved = (day - 1 + round % 28 * 3) % 28 + 1;
        return m.Value.Replace(m.Groups["day"].Value, moved.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    });

    /// <summary>A release as it could have been written some years apart: years and ordinals moved by the round.</summary>
    public static string Vary(string text, int round)
    {
        if (round == 0)
        {
            return text;
        }
        // Years move by -6 to +7 but never by 0 (13 ways), ordinals by 0 to 4 (5 ways): 65 variations before they come round again.
        var shift = round % 13 - 6 is var s && s == 0 ? 7 : s;
        var varied = Year().Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture));
        return Ordinal().Replace(varied, m => Ordinals.English(Math.Max(1, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) + round % 5)));
    }

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?= (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|(?<=\b(?:January|February|March|April|May|June|July|August|September|October|November|December) )(?<day>\d{1,2})\b", RegexOptions.ExplicitCapture)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"\b(?:19[5-9]\d|20[0-4]\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?<n>\d{1,3})(?:st|nd|rd|th)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex Ordinal();
}
