using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Chancery.Extraction.Text;

/// <summary>
/// The spellings a thread has met, so that a word seen before costs one probe and no allocation. A fixed table
/// indexed by the hash the tokenizer computes as it scans a word; a word whose slot holds another is spelled
/// anew and takes the slot. Bounded by construction: a stream of documents cannot grow it.
/// </summary>
/// <remarks>
/// A slot holds the word's text beside its spelling, so that a probe reads the slot and the text, not the
/// spelling first and its text after it: the table is probed for every token, and most probes miss the cache.
/// </remarks>
internal sealed class SpellingCache
{
    private const int Slots = 1 << 16;

    [ThreadStatic]
    private static SpellingCache? current;

    private readonly Slot[] slots = new Slot[Slots];

    public static SpellingCache OfThisThread => current ??= new SpellingCache();

    /// <summary>Asks the processor to bring the slot of a hash into its cache, without waiting for it.</summary>
    public unsafe void FetchSlot(uint hash)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref slots[hash & (Slots - 1)]));
        }
    }

    /// <summary>Asks the processor to bring the text and the spelling the slot of a hash holds into its cache, without waiting for them.</summary>
    /// <remarks>A prefetch of an object the collector then moves fetches the wrong memory, and harms nothing.</remarks>
    public unsafe void FetchSpelling(uint hash)
    {
        var slot = slots[hash & (Slots - 1)];
        if (Sse.IsSupported && slot.Spelling is { } spelling)
        {
            var text = slot.Text;
            Sse.Prefetch0((void*)Unsafe.As<string, nint>(ref text));
            Sse.Prefetch0((void*)Unsafe.As<Spelling, nint>(ref spelling));
        }
    }

    /// <param name="hash">Any hash of the text, the same for the same text (the tokenizer's running FNV-1a).</param>
    public Spelling Of(ReadOnlySpan<char> text, uint hash)
    {
        ref var slot = ref slots[hash & (Slots - 1)];
        if (slot.Spelling is { } known && text.SequenceEqual(slot.Text))
        {
            return known;
        }
        var spelling = new Spelling(text.ToString());
        slot = new Slot(spelling.Text, spelling);
        return spelling;
    }

    private readonly record struct Slot(string Text, Spelling Spelling);
}
