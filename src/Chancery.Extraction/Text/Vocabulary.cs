using System.Collections.Concurrent;

namespace Chancery.Extraction.Text;

/// <summary>
/// Every word the lexicons hold, folded (<see cref="Token.Lower"/>), numbered from 0 as the lexicons are built, after
/// the words the model numbers first (<see cref="Number"/>). A token learns its word's number once for its spelling
/// (<see cref="Token.WordId"/>), so that lexicons look words up by number: a phrase matcher steps by an integer key, a
/// word set tests a bit, and a word no lexicon holds is turned away at once, without hashing its text again.
/// </summary>
internal static class Vocabulary
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);

    private static readonly Lock Adding = new();

    /// <summary>Grows by one with every new word: a spelling that learnt its number before asks again.</summary>
    /// <remarks>
    /// It is therefore also how many words the vocabulary holds, and the number the next word gets: a concurrent
    /// dictionary counts its entries by taking every one of its locks, which made loading the lexicons, a word at a
    /// time, spend most of its time counting.
    /// </remarks>
    public static int Version { get; private set; }

    /// <summary>The word's number, given it now if the vocabulary did not hold it.</summary>
    public static int Add(string lower)
    {
        if (Ids.TryGetValue(lower, out var id))
        {
            return id;
        }
        lock (Adding)
        {
            if (!Ids.TryGetValue(lower, out id))
            {
                id = Version;
                Ids[lower] = id;
                Version++;
            }
            return id;
        }
    }

    /// <summary>Numbers the words of texts, folded as tokens fold them, in the order they come: before a lexicon built later numbers its own.</summary>
    public static void Number(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var token in Tokenizer.Tokenize(TextView.Of(text)))
            {
                Add(token.Lower);
            }
        }
    }

    /// <summary>The word's number, or -1 when the vocabulary does not hold it (no lexicon does, nor the words numbered first).</summary>
    public static int IdOf(string lower) => Ids.TryGetValue(lower, out var id) ? id : -1;

    /// <summary>
    /// Runs a reading of tokens again until the vocabulary stood still while it ran. A token keeps the number its word had
    /// when the text was tokenised; a lexicon first loaded during the reading (they load when first asked) may hold a word
    /// a token was read without, and the reading is then done again, with tokens that know it. After the first documents
    /// every lexicon is loaded and a reading runs once.
    /// </summary>
    public static T Steady<T>(Func<T> read)
    {
        while (true)
        {
            var version = Version;
            var result = read();
            if (Version == version)
            {
                return result;
            }
        }
    }
}
