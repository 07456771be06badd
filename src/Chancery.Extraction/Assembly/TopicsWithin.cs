using System.Collections;
using Chancery.Extraction.Recognition.Topics;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// The topic mentions of a sentence that lie within tokens [start, end): a view, not a copy. Enumerated with a struct and
/// asked <see cref="Any"/> without a query, as the finisher asks of every segment of every candidate; the default is empty.
/// </summary>
internal readonly struct TopicsWithin<T>(List<TopicMention<T>>? found, int start, int end) : IEnumerable<TopicMention<T>>
{
    public bool Any(Func<TopicMention<T>, bool> test)
    {
        foreach (var mention in this)
        {
            if (test(mention))
            {
                return true;
            }
        }
        return false;
    }

    public Enumerator GetEnumerator() => new(found, start, end);

    IEnumerator<TopicMention<T>> IEnumerable<TopicMention<T>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(List<TopicMention<T>>? found, int start, int end) : IEnumerator<TopicMention<T>>
    {
        private int index = -1;

        public readonly TopicMention<T> Current => found![index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (found is not null && ++index < found.Count)
            {
                if (found[index].FirstToken >= start && found[index].EndToken <= end)
                {
                    return true;
                }
            }
            return false;
        }

        public void Reset() => index = -1;

        public readonly void Dispose()
        {
        }
    }
}
