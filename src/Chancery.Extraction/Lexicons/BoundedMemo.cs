using System.Collections.Concurrent;

namespace Chancery.Extraction.Lexicons;

/// <summary>
/// Answers worked out once a key and remembered, for lookups that texts repeat (names of people, of meetings).
/// Shared by the threads that extract; emptied when it reaches its capacity, so a stream of documents cannot grow it for ever.
/// </summary>
internal sealed class BoundedMemo<TValue>(Func<string, TValue> compute, int capacity = 100_000)
{
    private readonly ConcurrentDictionary<string, TValue> answers = new(StringComparer.Ordinal);

    public TValue this[string key]
    {
        get
        {
            if (answers.TryGetValue(key, out var known))
            {
                return known;
            }
            if (answers.Count >= capacity)
            {
                answers.Clear();
            }
            return answers[key] = compute(key);
        }
    }
}
