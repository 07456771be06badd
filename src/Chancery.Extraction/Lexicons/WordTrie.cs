using System.Runtime.CompilerServices;

namespace Chancery.Extraction.Lexicons;

/// <summary>
/// The shape of a trie of words, without what its phrases mean: nodes are numbers, and the step from a node by a word
/// (its <see cref="Text.Vocabulary"/> number) is looked up in one open-addressing table for the whole trie. A step
/// costs one hash and, mostly, one probe, where a dictionary a node would cost a lookup through its buckets and entries;
/// a word no lexicon holds ends the walk without one.
/// </summary>
/// <remarks>
/// <para>
/// A step is one entry of one array, the node it leads to and the tag of that node beside its key, so that a probe of
/// a large trie (the gazetteer's names) waits for memory once, not once for the key and again for the node and its tag.
/// </para>
/// <para>
/// The steps from the root, where every walk begins, are kept apart, by word number: the words a text is mostly made
/// of have the smallest numbers (see <see cref="Text.Vocabulary"/>), so their steps lie together in a few kilobytes the
/// processor keeps in its cache, where the table scatters them over megabytes.
/// </para>
/// </remarks>
internal sealed class WordTrie
{
    public const int Root = 0;

    private const int FirstSlots = 64;

    private Step[] steps = new Step[FirstSlots];

    /// <summary>The steps from the root, by word number: the node each leads to (0 for none) and its tag.</summary>
    private RootStep[] rootSteps = [];

    /// <summary>Nodes made so far, the root among them: every other node was made by one step, kept in one slot.</summary>
    private int nodes = 1;

    /// <summary>
    /// A bit for every step in the table, by a second hash of its key, two bits a slot: a probe for a step the trie
    /// lacks (most of those a walk of the gazetteer makes past the root, as "New" goes on far more often to a word no
    /// name of a place has next than "Siem" to "Reap") is answered from these bits, 128 KB for the gazetteer that the
    /// processor keeps in its cache, and its table, 8 MB of memory, is read only for the steps there are and one in
    /// twenty of the others.
    /// </summary>
    private ulong[] present = new ulong[FirstSlots * 2 / 64];

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="word"/>, or -1, and the tag it was given (0 when none).</summary>
    public int Next(int node, int word, out int tag)
    {
        tag = 0;
        if (word < 0)
        {
            return -1;
        }
        if (node == Root)
        {
            if (word >= rootSteps.Length || rootSteps[word] is not { Child: > 0 } root)
            {
                return -1;
            }
            tag = root.Tag;
            return root.Child;
        }
        var key = Key(node, word);
        if (!MayHave(key) || SlotOf(key) is not (>= 0 and var slot))
        {
            return -1;
        }
        tag = steps[slot].Tag;
        return steps[slot].Child;
    }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="word"/>, made when there is none.</summary>
    public int Add(int node, int word)
    {
        if (Next(node, word, out _) is var known && known >= 0)
        {
            return known;
        }
        if (node == Root)
        {
            if (word >= rootSteps.Length)
            {
                Array.Resize(ref rootSteps, Math.Max(word + 1, rootSteps.Length + rootSteps.Length / 2));
            }
            rootSteps[word] = new RootStep(nodes, 0);
            return nodes++;
        }
        // Kept at most half full, so that a probe that misses meets an empty slot soon: it holds a step to every node but the root and its children.
        if (nodes * 2 > steps.Length)
        {
            Grow();
        }
        Insert(new Step(Key(node, word), nodes, 0));
        return nodes++;
    }

    /// <summary>Gives the node reached from <paramref name="node"/> by <paramref name="word"/> (made before) a tag, read with every step to it.</summary>
    public void Tag(int node, int word, int tag)
    {
        if (node == Root)
        {
            rootSteps[word] = rootSteps[word] with { Tag = tag };
            return;
        }
        var slot = SlotOf(Key(node, word));
        steps[slot] = steps[slot] with { Tag = tag };
    }

    /// <summary>The slot of the step with this key, or -1 when the table has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(long key)
    {
        var mask = steps.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var found = steps[slot].Key;
            if (found == key)
            {
                return slot;
            }
            if (found == 0)
            {
                return -1;
            }
        }
    }

    private bool MayHave(long key)
    {
        var bit = PresenceBit(key, present.Length);
        return (present[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>The key's bit among <paramref name="words"/> 64-bit words (a power of two), by a hash of its own: the slot's takes the high bits of another product.</summary>
    private static int PresenceBit(long key, int words) => (int)((ulong)(key * 0x5851F42D4C957F2DL) >> 40) & ((words << 6) - 1);

    private void Grow()
    {
        var old = steps;
        steps = new Step[old.Length * 2];
        present = new ulong[steps.Length * 2 / 64];
        foreach (var step in old)
        {
            if (step.Key != 0)
            {
                Insert(step);
            }
        }
    }

    private void Insert(Step step)
    {
        var mask = steps.Length - 1;
        var slot = Slot(step.Key, mask);
        while (steps[slot].Key != 0)
        {
            slot = (slot + 1) & mask;
        }
        steps[slot] = step;
        var bit = PresenceBit(step.Key, present.Length);
        present[bit >> 6] |= 1UL << bit;
    }

    private static long Key(int node, int word) => ((long)(node + 1) << 32) | (uint)word;

    /// <summary>Fibonacci hashing: the key's bits spread over the slot number, whatever the node and word numbers.</summary>
    private static int Slot(long key, int mask) => (int)((ulong)(key * -7046029254386353131L) >> 32) & mask;

    private readonly record struct RootStep(int Child, int Tag);

    /// <param name="Key">(node + 1) in the high half, the word in the low half; 0 for an empty slot.</param>
    private readonly record struct Step(long Key, int Child, int Tag);
}
