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
    private readonly Node root = new();

    /// <summary>
    /// A bit for the hash of every first word of a phrase: a word whose bit is clear begins no phrase, and most
    /// words of a text are turned away here without a dictionary lookup. It grows with the lexicon, to keep
    /// at least 32 bits a word (a gazetteer's hundred thousand names would otherwise set nearly every bit).
    /// </summary>
    private ulong[] firstWords = new ulong[1024];

    private readonly HashSet<int> firstWordHashes = [];

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(TextView.Of(phrase)).Where(t => !IsSoft(t)).ToList();
        if (tokens.Count == 0)
        {
            return;
        }
        if (firstWordHashes.Add(tokens[0].LowerHash))
        {
            if (firstWordHashes.Count * 32 > firstWords.Length * 64)
            {
                firstWords = new ulong[firstWords.Length * 2];
                foreach (var hash in firstWordHashes)
                {
                    SetBit(hash);
                }
            }
            SetBit(tokens[0].LowerHash);
        }
        var node = root;
        ulong capitals = 0;
        ulong allCaps = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            node = node.Child(tokens[i]);
            if (i < 64 && tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]))
            {
                capitals |= 1UL << i;
            }
            if (i < 64 && tokens[i].IsAllCaps)
            {
                allCaps |= 1UL << i;
            }
        }
        node.Values ??= [];
        if (!node.Values.Any(v => EqualityComparer<T>.Default.Equals(v.Value, value) && v.Capitals == capitals && v.AllCaps == allCaps))
        {
            node.Values.Add((value, capitals, allCaps));
            Count++;
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int start, int limit)
    {
        // Inlined where it is called: most words begin no phrase and are turned away by one bit test.
        if (start >= limit)
        {
            return null;
        }
        var bit = tokens[start].LowerHash & (firstWords.Length * 64 - 1);
        return (firstWords[bit >> 6] & (1UL << (bit & 63))) == 0 ? null : Walk(tokens, start, limit);
    }

    private PhraseMatch<T>? Walk(IReadOnlyList<Token> tokens, int start, int limit)
    {
        if (IsSoft(tokens[start]))
        {
            return null;
        }
        var node = root;
        PhraseMatch<T>? best = null;
        Span<int> positions = stackalloc int[64];
        var depth = 0;
        for (var t = start; t < limit; t++)
        {
            var token = tokens[t];
            if (IsSoft(token) && t > start && !token.SpaceBefore)
            {
                continue;
            }
            if (node.Next(token) is not { } next)
            {
                break;
            }
            node = next;
            if (depth < positions.Length)
            {
                positions[depth] = t;
            }
            depth++;
            if (node.Values is { } values)
            {
                foreach (var (value, capitals, allCaps) in values)
                {
                    if (CapitalsHold(tokens, positions[..Math.Min(depth, positions.Length)], capitals, allCaps))
                    {
                        best = new PhraseMatch<T>(start, t + 1, value);
                        break;
                    }
                }
            }
        }
        return best;
    }

    private void SetBit(int hash)
    {
        var bit = hash & (firstWords.Length * 64 - 1);
        firstWords[bit >> 6] |= 1UL << (bit & 63);
    }

    /// <summary>Every phrase in tokens [<paramref name="start"/>, <paramref name="limit"/>), left to right, longest first, not overlapping.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens, int start = 0, int limit = -1)
    {
        limit = limit < 0 ? tokens.Count : limit;
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

    private static bool CapitalsHold(IReadOnlyList<Token> tokens, ReadOnlySpan<int> positions, ulong capitals, ulong allCaps)
    {
        for (var i = 0; i < positions.Length; i++)
        {
            var bit = 1UL << i;
            if (((capitals & bit) != 0 && !tokens[positions[i]].IsCapitalised) || ((allCaps & bit) != 0 && !tokens[positions[i]].IsAllCaps))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Hyphens and apostrophes: joining marks, not words.</summary>
    private static bool IsSoft(Token token) => token.Kind == TokenKind.Symbol && token.Text is "-" or "'";

    /// <summary>
    /// A word of a phrase and the words that may follow it. Children are keyed by the hash every token carries,
    /// so that a step costs an integer lookup; words that share a hash are chained and told apart by their text.
    /// </summary>
    private sealed class Node(string? word)
    {
        private Dictionary<int, Node>? children;

        /// <summary>The next node of the same hash under the same parent, if two words collide.</summary>
        private Node? collision;

        public List<(T Value, ulong Capitals, ulong AllCaps)>? Values { get; set; }

        public Node() : this(null)
        {
        }

        public Node? Next(Token token)
        {
            if (children is null || !children.TryGetValue(token.LowerHash, out var node))
            {
                return null;
            }
            while (node is not null && !string.Equals(node.Word, token.Lower, StringComparison.Ordinal))
            {
                node = node.collision;
            }
            return node;
        }

        public Node Child(Token token)
        {
            if (Next(token) is { } known)
            {
                return known;
            }
            children ??= [];
            var child = new Node(token.Lower);
            if (children.TryGetValue(token.LowerHash, out var first))
            {
                child.collision = first;
            }
            children[token.LowerHash] = child;
            return child;
        }

        private string? Word => word;
    }
}
