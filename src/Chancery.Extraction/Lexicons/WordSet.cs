using Chancery.Extraction.Text;

namespace Chancery.Extraction.Lexicons;

/// <summary>
/// A set of folded words (as <see cref="Token.Lower"/> spells them), kept as a bit for each word's number in the
/// <see cref="Vocabulary"/>: asking whether it holds a token is one bit test, where a set of strings would hash
/// the token's text again. Recognisers ask it of nearly every token.
/// </summary>
internal sealed class WordSet
{
    private ulong[] bits = [];

    public WordSet()
    {
    }

    public WordSet(IEnumerable<string> words) => UnionWith(words);

    public void Add(string word) => WordBits.Set(ref bits, Vocabulary.Add(word));

    public void UnionWith(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            Add(word);
        }
    }

    /// <summary>Whether the set holds the token's folded word.</summary>
    public bool Contains(Token token) => Holds(token.WordId);

    /// <summary>Whether the set holds the token's word in lower case with its accents kept (<see cref="Token.LowerText"/>): "tô" is not "to".</summary>
    public bool ContainsAsWritten(Token token) => Holds(token.LowerTextWordId);

    /// <summary>Whether the set holds a word: the same test, for a word not read from a token.</summary>
    public bool Contains(string word) => Holds(Vocabulary.IdOf(word));

    private bool Holds(int id) => WordBits.Holds(bits, id);
}
