namespace Chancery.Extraction.Text;

/// <summary>The words of a run of tokens as the document writes them: spaced where it spaces them ("ASEAN-Russia", "H.E.").</summary>
internal static class TokenText
{
    /// <remarks>Measured, then written once: names and titles are joined for every person a text mentions.</remarks>
    public static string Join(Token[] tokens, int start, int end)
    {
        if (end <= start)
        {
            return "";
        }
        var length = 0;
        for (var t = start; t < end; t++)
        {
            length += tokens[t].Text.Length + (t > start && tokens[t].SpaceBefore ? 1 : 0);
        }
        return string.Create(length, (tokens, start, end), static (span, run) =>
        {
            var (tokens, start, end) = run;
            var at = 0;
            for (var t = start; t < end; t++)
            {
                if (t > start && tokens[t].SpaceBefore)
                {
                    span[at++] = ' ';
                }
                tokens[t].Text.CopyTo(span[at..]);
                at += tokens[t].Text.Length;
            }
        });
    }
}
