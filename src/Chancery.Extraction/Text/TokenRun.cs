namespace Chancery.Extraction.Text;

/// <summary>
/// Questions about the tokens [from, to) of a document: whether any or all of them pass a test. Loops, not queries:
/// the finisher asks them of the words around every mention, and a static test makes no delegate and no range.
/// </summary>
internal static class TokenRun
{
    public static bool Any(Token[] tokens, int from, int to, Func<Token, bool> test)
    {
        for (var t = Math.Max(0, from); t < to; t++)
        {
            if (test(tokens[t]))
            {
                return true;
            }
        }
        return false;
    }

    public static bool All(Token[] tokens, int from, int to, Func<Token, bool> test)
    {
        for (var t = Math.Max(0, from); t < to; t++)
        {
            if (!test(tokens[t]))
            {
                return false;
            }
        }
        return true;
    }
}
