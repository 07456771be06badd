namespace Chancery.Extraction.Assembly;

/// <summary>
/// Puts items in order of a whole-number key, items of one key in the order they stood: one sort of (key, place) pairs,
/// which is stable as the sorts of .NET are not, and compares numbers rather than calling a comparison for each pair.
/// </summary>
internal static class StableOrder
{
    public static void Sort<T>(Span<T> items, Func<T, int> key)
    {
        if (items.Length < 2)
        {
            return;
        }
        var keys = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = ((long)key(items[i]) << 32) | (uint)i;
        }
        keys.AsSpan().Sort(items);
    }
}
