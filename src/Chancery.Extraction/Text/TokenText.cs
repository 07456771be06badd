using System.Text;

namespace Chancery.Extraction.Text;

/// <summary>The words of a run of tokens as the document writes them: spaced where it spaces them ("ASEAN-Russia", "H.E.").</summary>
internal static class TokenText
{
    public static string Join(Token[] tokens, int start, int end)
    {
        var builder = new StringBuilder();
        for (var t = start; t < end; t++)
        {
            if (t > start && tokens[t].SpaceBefore)
            {
                builder.Append(' ');
            }
            builder.Append(tokens[t].Text);
        }
        return builder.ToString();
    }
}
