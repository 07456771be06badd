using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// Finds the names of bodies in a text: runs of capitalised words, joined by "of", "for", "and", "the", "on",
/// hyphens, ampersands and commas, that hold a word of data/lexicons/institutions.tsv ("ASEAN Economic Community",
/// "Minister of Economy, Trade and Industry"). The areas such a name holds are nobody's topic.
/// </summary>
internal static class ProperNames
{
    private static readonly WordSet Joiners = new(["of", "for", "and", "the", "on", "-", "&", ","]);

    private static readonly WordSet Institutions = new(LexiconFile.Read("institutions.tsv").Select(row => row["word"]));

    public static bool[] Find(Analysis analysis)
    {
        var tokens = analysis.Tokens;
        var inName = new bool[tokens.Length];
        foreach (var sentence in analysis.Document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!Capitalised(tokens[t]))
                {
                    continue;
                }
                var (end, words, bodies) = Run(tokens, t, sentence.EndToken);
                if (words >= 2 && bodies >= 1)
                {
                    Array.Fill(inName, true, t, end - t);
                }
                t = end - 1;
            }
        }
        return inName;
    }

    /// <summary>The run of a name from <paramref name="start"/>: where it ends, how many capitalised words, how many of them name a body.</summary>
    private static (int End, int Words, int Bodies) Run(Token[] tokens, int start, int limit)
    {
        int end = start, words = 0, bodies = 0;
        for (var t = start; t < limit; t++)
        {
            if (Capitalised(tokens[t]))
            {
                words++;
                bodies += Institutions.Contains(tokens[t]) ? 1 : 0;
                end = t + 1;
            }
            else if (!Joiners.Contains(tokens[t]) || t + 1 >= limit)
            {
                break;
            }
        }
        return (end, words, bodies);
    }

    private static bool Capitalised(Token token) => token.IsWord && token.IsCapitalised;
}
