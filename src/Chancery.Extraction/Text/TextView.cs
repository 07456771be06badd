namespace Chancery.Extraction.Text;

/// <summary>
/// A document's text as the recognisers read it: the same length as the original, character for
/// character, so that every offset found in the view is an offset in the original. Typographic
/// variants are folded to one form: curly quotes to straight ones, dashes to '-', odd spaces to ' '.
/// </summary>
internal static class TextView
{
    public static string Of(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            // Most of a text is plain ASCII that stays as it is.
            span[i] = c is >= ' ' and < '`' or > '`' and < '\u007F' ? c : Fold(c);
        }
    });

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
