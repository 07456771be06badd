using System.Collections;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// The trigger segments of a candidate: a view of its segments, not a copy. Enumerated with a struct and asked
/// <see cref="Any"/> without a query, as the finisher asks for them over and over for every draft; a query's
/// iterator for each question was a fortieth of all the extractor allocated.
/// </summary>
internal readonly struct TriggerSegments(List<Segment> segments) : IEnumerable<Segment>
{
    public bool Any(Func<Segment, bool> test)
    {
        foreach (var segment in this)
        {
            if (test(segment))
            {
                return true;
            }
        }
        return false;
    }

    public Enumerator GetEnumerator() => new(segments);

    IEnumerator<Segment> IEnumerable<Segment>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(List<Segment> segments) : IEnumerator<Segment>
    {
        private int index = -1;

        public readonly Segment Current => segments[index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++index < segments.Count)
            {
                if (segments[index].Trigger)
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
