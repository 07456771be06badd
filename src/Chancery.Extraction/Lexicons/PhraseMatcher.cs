using System.Runtime.CompilerServices;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Lexicons;

/// <summary>
/// Finds the phrases of a lexicon in a token sequence, longest first, in one pass over the tokens.
/// Matching ignores case, and the hyphens and apostrophes between words ("Secretary-General" is
/// "Secretary General", "Officials' Meeting" is "Officials Meeting"); a word capitalised in the lexicon
/// must be capitalised in the text, so "Chad" the country is not "chad".
/// </summary>
internal sealed class PhraseMatcher<T>
{
    /// <summary>The trie of the phrases' words: node 0 is the root, and every step from a node by a word is found in one table.</summary>
    private readonly WordTrie trie = new();

    /// <summary>The phrases that end at a node, by the node's tag in the trie less one: a walk learns them from the step it read.</summary>
    private readonly List<(T Value, ulong Capitals, ulong AllCaps)[]> endings = [];

    /// <summary>
    /// A bit for every word (by its <see cref="Vocabulary"/> number) that begins a phrase: most words of a text
    /// begin none and are turned away here, by one bit test.
    /// </summary>
    private ulong[] firstWords = [];

    /// <summary>
    /// A bit for every word that begins a phrase written in lower case: a word that begins only capitalised phrases
    /// ("the" of "The Hague", "new" of "New Delhi") is turned away in lower case without a walk of the trie.
    /// </summary>
    private ulong[] lowerFirstWords = [];

    /// <summary>A bit for every word that goes on a phrase (second word or later): a walk stops at any other without a probe of the trie.</summary>
    private ulong[] laterWords = [];

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        Token[] tokens = [.. Tokenizer.Tokenize(TextView.Of(phrase)).Where(t => !IsSoft(t))];
        if (tokens.Length == 0)
        {
            return;
        }
        var first = Vocabulary.Add(tokens[0].Lower);
        WordBits.Set(ref firstWords, first);
        // The phrase's last step, from parent by word, is tagged with the phrases that end where it leads.
        var node = WordTrie.Root;
        var parent = node;
        var word = first;
        ulong capitals = 0;
        ulong allCaps = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            word = Vocabulary.Add(tokens[i].Lower);
            parent = node;
            node = trie.Add(node, word);
            if (i > 0)
            {
                WordBits.Set(ref laterWords, word);
            }
            if (i < 64 && tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]))
            {
                capitals |= 1UL << i;
            }
            if (i < 64 && tokens[i].IsAllCaps)
            {
                allCaps |= 1UL << i;
            }
        }
        if ((capitals & 1) == 0 && (allCaps & 1) == 0)
        {
            WordBits.Set(ref lowerFirstWords, first);
        }
        trie.Next(parent, word, out var tag);
        if (tag == 0)
        {
            endings.Add([]);
            tag = endings.Count;
            trie.Tag(parent, word, tag);
        }
        var here = endings[tag - 1];
        if (!here.Any(v => EqualityComparer<T>.Default.Equals(v.Value, value) && v.Capitals == capitals && v.AllCaps == allCaps))
        {
            endings[tag - 1] = [.. here, (value, capitals, allCaps)];
            Count++;
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PhraseMatch<T>? MatchAt(Token[] tokens, int start, int limit)
    {
        // Inlined where it is called: most words begin no phrase and are turned away by one bit test.
        if (start >= limit)
        {
            return null;
        }
        return MayBegin(tokens[start]) ? Walk(tokens, start, limit) : null;
    }

    /// <summary>Whether a phrase may begin at the token, by its word and its capital: a bit test or two, no walk.</summary>
    public bool MayBegin(Token token) =>
        WordBits.Holds(firstWords, token.WordId) && (token.IsCapitalised || WordBits.Holds(lowerFirstWords, token.WordId));

    private PhraseMatch<T>? Walk(Token[] tokens, int start, int limit)
    {
        if (IsSoft(tokens[start]))
        {
            return null;
        }
        var node = WordTrie.Root;
        PhraseMatch<T>? best = null;
        for (var t = start; t < limit; t++)
        {
            var token = tokens[t];
            if (Joins(token, t, start))
            {
                continue;
            }
            var tag = 0;
            var next = t > start && !WordBits.Holds(laterWords, token.WordId) ? -1 : trie.Next(node, token.WordId, out tag);
            if (next < 0)
            {
                break;
            }
            node = next;
            if (tag > 0)
            {
                foreach (var (value, capitals, allCaps) in endings[tag - 1])
                {
                    if (CapitalsHold(tokens, start, t + 1, capitals, allCaps))
                    {
                        best = new PhraseMatch<T>(start, t + 1, value);
                        break;
                    }
                }
            }
        }
        return best;
    }

    /// <summary>A hyphen or apostrophe inside a phrase ("Secretary-General", "Officials'"): stepped over, not matched as a word.</summary>
    private static bool Joins(Token token, int t, int start) => IsSoft(token) && t > start && !token.SpaceBefore;

    /// <summary>Every phrase in tokens [<paramref name="start"/>, <paramref name="limit"/>), left to right, longest first, not overlapping.</summary>
    public List<PhraseMatch<T>> FindAll(Token[] tokens, int start = 0, int limit = -1)
    {
        limit = limit < 0 ? tokens.Length : limit;
        var found = new List<PhraseMatch<T>>();
        for (var t = start; t < limit;)
        {
            if (MatchAt(tokens, t, limit) is { } match)
            {
                found.Add(match);
                t = match.EndToken;
            }
            else
            {
                t++;
            }
        }
        return found;
    }

    /// <summary>Whether the words of the phrase at tokens [start, end) have the capitals the lexicon gives its first 64 words.</summary>
    /// <remarks>Asked only where a phrase ends, which is rare, so the words are found again rather than kept at every step.</remarks>
    private static bool CapitalsHold(Token[] tokens, int start, int end, ulong capitals, ulong allCaps)
    {
        var i = 0;
        for (var t = start; t < end && i < 64; t++)
        {
            if (Joins(tokens[t], t, start))
            {
                continue;
            }
            var bit = 1UL << i++;
            if (((capitals & bit) != 0 && !tokens[t].IsCapitalised) || ((allCaps & bit) != 0 && !tokens[t].IsAllCaps))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Hyphens and apostrophes: joining marks, not words.</summary>
    private static bool IsSoft(Token token) => token.IsSymbol('-') || token.IsSymbol('\'');
}
