namespace Chancery.Extraction.Lexicons;

/// <summary>A set of words kept as one bit for each word's <see cref="Text.Vocabulary"/> number, grown as words are set.</summary>
internal static class WordBits
{
    public static void Set(ref ulong[] bits, int word)
    {
        if (word >> 6 >= bits.Length)
        {
            Array.Resize(ref bits, Math.Max((word >> 6) + 1, bits.Length * 2));
        }
        bits[word >> 6] |= 1UL << (word & 63);
    }

    /// <summary>Whether the word's bit is set; a word no lexicon holds (-1) never is.</summary>
    public static bool Holds(ulong[] bits, int word) => (uint)(word >> 6) < (uint)bits.Length && (bits[word >> 6] & (1UL << (word & 63))) != 0;
}
