namespace Chancery.Extraction.Assembly;

/// <summary>
/// Puts items in order of a whole-number key, items of one key in the order they stood: one sort of (key, place) pairs,
/// which is stable as the sorts of .NET are not, and compares numbers rather than calling a comparison for each pair.
/// </summary>
internal static class StableOrder
{
    /// <summary>The most keys sorted on the stack (2 KB); more are sorted in an array.</summary>
    private const int StackKeys = 256;

    public static void Sort<T>(Span<T> items, Func<T, int> key)
    {
        if (items.Length < 2)
        {
            return;
        }
        // A sentence's mentions and an engagement's evidence are mostly a few dozen: their keys then fit on the stack.
        var keys = items.Length <= StackKeys ? stackalloc long[items.Length] : new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = ((long)key(items[i]) << 32) | (uint)i;
        }
        keys.Sort(items);
    }
}
