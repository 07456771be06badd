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
    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    public bool Is(string lower) => Lower == lower;

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Text[0] == c;

    public override string ToString() => Text;
}
