namespace Chancery.Extraction.Text;

/// <summary>
/// The spellings a thread has met, so that a word seen before costs one probe and no allocation. A fixed table
/// indexed by the hash the tokenizer computes as it scans a word; a word whose slot holds another is spelled
/// anew and takes the slot. Bounded by construction: a stream of documents cannot grow it.
/// </summary>
internal sealed class SpellingCache
{
    private const int Slots = 1 << 17;

    [ThreadStatic]
    private static SpellingCache? current;

    private readonly Spelling?[] slots = new Spelling?[Slots];

    public static SpellingCache OfThisThread => current ??= new SpellingCache();

    /// <param name="hash">Any hash of the text, the same for the same text (the tokenizer's running FNV-1a).</param>
    public Spelling Of(ReadOnlySpan<char> text, uint hash)
    {
        ref var slot = ref slots[hash & (Slots - 1)];
        if (slot is { } known && text.SequenceEqual(known.Text))
        {
            return known;
        }
        slot = new Spelling(text.ToString());
        return slot;
    }
}
