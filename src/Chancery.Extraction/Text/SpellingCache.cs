namespace Chancery.Extraction.Text;

/// <summary>
/// The spellings a thread has met, so that a word seen before costs one lookup and no allocation. Bounded:
/// a stream of documents cannot grow it for ever.
/// </summary>
internal sealed class SpellingCache
{
    private const int Capacity = 200_000;

    [ThreadStatic]
    private static SpellingCache? current;

    private readonly Dictionary<string, Spelling> spellings;
    private readonly Dictionary<string, Spelling>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private SpellingCache()
    {
        spellings = new Dictionary<string, Spelling>(StringComparer.Ordinal);
        lookup = spellings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static SpellingCache OfThisThread => current ??= new SpellingCache();

    public Spelling Of(ReadOnlySpan<char> text)
    {
        if (lookup.TryGetValue(text, out var known))
        {
            return known;
        }
        if (spellings.Count >= Capacity)
        {
            spellings.Clear();
        }
        var spelling = new Spelling(text.ToString());
        spellings[spelling.Text] = spelling;
        return spelling;
    }
}
