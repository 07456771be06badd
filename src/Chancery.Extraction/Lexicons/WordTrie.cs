namespace Chancery.Extraction.Lexicons;

/// <summary>
/// The shape of a trie of words, without what its phrases mean: nodes are numbers, and the step from a node by a word
/// (its <see cref="Text.Vocabulary"/> number) is looked up in one open-addressing table for the whole trie. A step
/// costs one hash and, mostly, one probe of two arrays, where a dictionary a node would cost a lookup through its
/// buckets and entries; a word no lexicon holds ends the walk without one.
/// </summary>
internal sealed class WordTrie
{
    public const int Root = 0;

    /// <summary>(node + 1) in the high half, the word in the low half; 0 for an empty slot.</summary>
    private long[] keys = new long[64];

    private int[] children = new int[64];

    /// <summary>Nodes made so far, the root among them: every other node was made by one step, kept in one slot.</summary>
    private int nodes = 1;

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="word"/>, or -1.</summary>
    public int Next(int node, int word)
    {
        if (word < 0)
        {
            return -1;
        }
        var key = Key(node, word);
        var mask = keys.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var found = keys[slot];
            if (found == key)
            {
                return children[slot];
            }
            if (found == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="word"/>, made when there is none.</summary>
    public int Step(int node, int word)
    {
        if (Next(node, word) is var known && known >= 0)
        {
            return known;
        }
        // Kept at most half full, so that a probe that misses meets an empty slot soon; with this step, as many slots are taken as there are nodes.
        if (nodes * 2 > keys.Length)
        {
            Grow();
        }
        Insert(Key(node, word), nodes);
        return nodes++;
    }

    private void Grow()
    {
        var (oldKeys, oldChildren) = (keys, children);
        keys = new long[oldKeys.Length * 2];
        children = new int[oldKeys.Length * 2];
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                Insert(oldKeys[i], oldChildren[i]);
            }
        }
    }

    private void Insert(long key, int child)
    {
        var mask = keys.Length - 1;
        var slot = Slot(key, mask);
        while (keys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = child;
    }

    private static long Key(int node, int word) => ((long)(node + 1) << 32) | (uint)word;

    /// <summary>Fibonacci hashing: the key's bits spread over the slot number, whatever the node and word numbers.</summary>
    private static int Slot(long key, int mask) => (int)((ulong)(key * -7046029254386353131L) >> 32) & mask;
}
