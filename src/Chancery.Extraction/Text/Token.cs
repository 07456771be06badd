namespace Chancery.Extraction.Text;

/// <summary>
/// A word, number or symbol of a document: where it lies, what it is, and its text folded to lower case
/// without accents (<see cref="Lower"/>), the form every lexicon is matched in.
/// <see cref="SpaceBefore"/> tells "ASEAN-Russia" (joined) from "ASEAN - Russia".
/// </summary>
/// <remarks>
/// A value, kept in one array per document: a text has hundreds of tokens, and every recogniser reads them all,
/// so they lie side by side rather than each in an object of its own.
/// </remarks>
public readonly struct Token
{
    private readonly Spelling spelling;

    internal Token(int start, int end, TokenKind kind, Spelling spelling, bool spaceBefore, bool newLineBefore)
    {
        Start = start;
        End = end;
        Kind = kind;
        this.spelling = spelling;
        SpaceBefore = spaceBefore;
        NewLineBefore = newLineBefore;
    }

    public int Start { get; }

    public int End { get; }

    public TokenKind Kind { get; }

    public string Text => spelling.Text;

    public string Lower => spelling.Lower;

    public bool SpaceBefore { get; }

    public bool NewLineBefore { get; }

    public int Length => End - Start;

    /// <summary>Lower case with accents kept: "tô", not "to", when a word must not be taken for another.</summary>
    public string LowerText => spelling.LowerText;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with a capital letter: "Russia", "ASEAN", "Dato'".</summary>
    public bool IsCapitalised => spelling.IsCapitalised;

    /// <summary>Two or more letters, all capitals: "ASEAN", "ARSOM", "JCC".</summary>
    public bool IsAllCaps => Kind == TokenKind.Word && spelling.IsAllCaps;

    /// <summary>The number of <see cref="Lower"/> in the lexicons' <see cref="Vocabulary"/>, or -1 when none holds it.</summary>
    internal int WordId => spelling.WordId;

    /// <summary>The number of <see cref="LowerText"/> in the lexicons' <see cref="Vocabulary"/>, or -1 when none holds it.</summary>
    internal int LowerTextWordId => spelling.LowerTextWordId;

    public bool Is(string lower) => Lower == lower;

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Text[0] == c;

    public override string ToString() => Text;
}
