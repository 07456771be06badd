namespace Chancery.Extraction.Text;

/// <summary>
/// A word, number or symbol of a document: where it lies, what it is, and its text folded to lower case
/// without accents (<see cref="Lower"/>), the form every lexicon is matched in.
/// <see cref="SpaceBefore"/> tells "ASEAN-Russia" (joined) from "ASEAN - Russia".
/// </summary>
public sealed record Token(int Start, int End, TokenKind Kind, string Text, string Lower, bool SpaceBefore, bool NewLineBefore)
{
    public int Length => End - Start;

    /// <summary>Lower case with accents kept: "tô", not "to", when a word must not be taken for another.</summary>
    public string LowerText => field ??= Text.ToLowerInvariant();

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with a capital letter: "Russia", "ASEAN", "Dato'".</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Two or more letters, all capitals: "ASEAN", "ARSOM", "JCC".</summary>
    public bool IsAllCaps => allCaps ??= Kind == TokenKind.Word && Text.Length > 1 && !Text.Any(c => char.IsLetter(c) && !char.IsUpper(c));

    private bool? allCaps;

    public bool Is(string lower) => Lower == lower;

    /// <summary>A hash of <see cref="Lower"/>, computed once, with which lexicons reject a word in one bit test.</summary>
    internal int LowerHash { get; } = Hash(Lower);

    /// <summary>FNV-1a over the characters: stable, cheap, and the same for equal strings.</summary>
    internal static int Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)hash;
    }

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Text[0] == c;

    public override string ToString() => Text;
}
