using Chancery.Domain;
using Chancery.Extraction.Recognition.Topics;
using Chancery.Extraction.Text;

namespace Chancery.Extraction;

/// <summary>
/// The sectors a short text names, by the same lexicon the extractor reads press releases with: what an action line of a
/// plan ("1.2.3 Strengthen cooperation in counter-terrorism and transnational crime") is about.
/// </summary>
public static class SectorReader
{
    public static IReadOnlyList<Sector> SectorsOf(string text) => Vocabulary.Steady<IReadOnlyList<Sector>>(() =>
    {
        var document = Document.Parse(text);
        return document.Tokens.Length == 0
            ? []
            : [.. TopicRecognizer.Default.Sectors(document.Tokens, 0, document.Tokens.Length).Select(m => m.Value).Distinct()];
    });
}
