using System.Buffers;

namespace Chancery.Extraction.Text;

/// <summary>
/// A document's text as the recognisers read it: the same length as the original, character for
/// character, so that every offset found in the view is an offset in the original. Typographic
/// variants are folded to one form: curly quotes to straight ones, dashes to '-', odd spaces to ' '.
/// </summary>
internal static class TextView
{
    /// <summary>Every character <see cref="Fold"/> changes: a vectorised search skips the plain text between them.</summary>
    private static readonly SearchValues<char> Foldable = SearchValues.Create(
        "`\u00B4\u2018\u2019\u201B\u2032\u201C\u201D\u201E\u201F\u00AB\u00BB\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
        + "\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\u2028\u2029\r\u2022\u25CF\u25AA");

    /// <summary>The folded view; the text itself when nothing in it needs folding.</summary>
    public static string Of(string text)
    {
        var first = text.AsSpan().IndexOfAny(Foldable);
        return first < 0 ? text : string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, i) = state;
            source.AsSpan().CopyTo(span);
            while (i >= 0)
            {
                span[i] = Fold(span[i]);
                var next = span[(i + 1)..].IndexOfAny(Foldable);
                i = next < 0 ? -1 : i + 1 + next;
            }
        });
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\t' => ' ',
        '\u2028' or '\u2029' or '\r' => '\n',
        '\u2022' or '\u25CF' or '\u25AA' => '*',
        _ => c,
    };
}
