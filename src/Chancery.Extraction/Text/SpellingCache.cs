using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Chancery.Extraction.Text;

/// <summary>
/// The spellings a thread has met, so that a word seen before costs one probe and no allocation. A fixed table
/// indexed by the hash the tokenizer computes as it scans a word, two slots a hash; a word found in neither is
/// spelled anew and takes the first, and what the first held moves to the second. Bounded by construction: a
/// stream of documents cannot grow it.
/// </summary>
/// <remarks>
/// <para>
/// A slot holds the word's text beside its spelling, so that a probe reads the slot and the text, not the
/// spelling first and its text after it: the table is probed for every token, and most probes miss the cache.
/// </para>
/// <para>
/// Two slots a hash, side by side (mostly in one cache line), because with one a pair of common words that share it
/// ("trip" and "development") took it from each other all through a text, and each time a new spelling was made
/// and stored in the table. The table lives in the collector's oldest generation, and every young spelling stored
/// in it is work for every collection until it grows old itself: that made the collections a third dearer.
/// </para>
/// </remarks>
internal sealed class SpellingCache
{
    private const int Slots = 1 << 16;

    /// <summary>The bits of a hash that choose its pair of slots.</summary>
    private const uint PairMask = Slots - 2;

    [ThreadStatic]
    private static SpellingCache? current;

    private readonly Slot[] slots = new Slot[Slots];

    public static SpellingCache OfThisThread => current ??= new SpellingCache();

    /// <summary>Asks the processor to bring the slots of a hash into its cache, without waiting for them.</summary>
    public unsafe void FetchSlot(uint hash)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref slots[hash & PairMask]));
        }
    }

    /// <summary>Asks the processor to bring the texts and the spellings the slots of a hash hold into its cache, without waiting for them.</summary>
    /// <remarks>A prefetch of an object the collector then moves fetches the wrong memory, and harms nothing.</remarks>
    public void FetchSpelling(uint hash)
    {
        var pair = hash & PairMask;
        Fetch(slots[pair]);
        Fetch(slots[pair + 1]);
    }

    /// <param name="hash">Any hash of the text, the same for the same text (the tokenizer's running FNV-1a).</param>
    public Spelling Of(ReadOnlySpan<char> text, uint hash)
    {
        ref var first = ref slots[hash & PairMask];
        if (first.Spelling is { } known && text.SequenceEqual(first.Text))
        {
            return known;
        }
        ref var second = ref Unsafe.Add(ref first, 1);
        if (second.Spelling is { } other && text.SequenceEqual(second.Text))
        {
            return other;
        }
        var spelling = new Spelling(text.ToString());
        second = first;
        first = new Slot(spelling.Text, spelling);
        return spelling;
    }

    private static unsafe void Fetch(Slot slot)
    {
        if (Sse.IsSupported && slot.Spelling is { } spelling)
        {
            var text = slot.Text;
            Sse.Prefetch0((void*)Unsafe.As<string, nint>(ref text));
            Sse.Prefetch0((void*)Unsafe.As<Spelling, nint>(ref spelling));
        }
    }

    private readonly record struct Slot(string Text, Spelling Spelling);
}
