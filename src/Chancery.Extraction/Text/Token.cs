namespace Chancery.Extraction.Text;

/// <summary>
/// A word, number or symbol of a document: where it lies, what it is, and its text folded to lower case
/// without accents (<see cref="Lower"/>), the form every lexicon is matched in.
/// <see cref="SpaceBefore"/> tells "ASEAN-Russia" (joined) from "ASEAN - Russia".
/// </summary>
/// <remarks>
/// A value, kept in one array per document: a text has hundreds of tokens, and every recogniser reads them all,
/// so they lie side by side rather than each in an object of its own. What the recognisers ask of nearly every
/// token (its word's number, its capitals, the character of a symbol) is copied from the spelling into the token,
/// so that asking it reads the array alone, not a spelling elsewhere in memory; the token stays 24 bytes.
/// </remarks>
public readonly struct Token
{
    private readonly Spelling spelling;

    private readonly int wordId;

    private readonly Traits traits;

    /// <summary>The first character: all there is of a symbol.</summary>
    private readonly char first;

    internal Token(int start, int end, TokenKind kind, Spelling spelling, bool spaceBefore, bool newLineBefore)
    {
        Start = start;
        End = end;
        Kind = kind;
        this.spelling = spelling;
        wordId = spelling.WordId;
        first = spelling.Text[0];
        traits = (spaceBefore ? Traits.SpaceBefore : 0) | (newLineBefore ? Traits.NewLineBefore : 0)
            | (spelling.IsCapitalised ? Traits.Capitalised : 0) | (kind == TokenKind.Word && spelling.IsAllCaps ? Traits.AllCaps : 0);
    }

    public int Start { get; }

    public int End { get; }

    public TokenKind Kind { get; }

    public string Text => spelling.Text;

    public string Lower => spelling.Lower;

    public bool SpaceBefore => (traits & Traits.SpaceBefore) != 0;

    public bool NewLineBefore => (traits & Traits.NewLineBefore) != 0;

    public int Length => End - Start;

    /// <summary>Lower case with accents kept: "tô", not "to", when a word must not be taken for another.</summary>
    public string LowerText => spelling.LowerText;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with a capital letter: "Russia", "ASEAN", "Dato'".</summary>
    public bool IsCapitalised => (traits & Traits.Capitalised) != 0;

    /// <summary>Two or more letters, all capitals: "ASEAN", "ARSOM", "JCC".</summary>
    public bool IsAllCaps => (traits & Traits.AllCaps) != 0;

    /// <summary>The number of <see cref="Lower"/> in the lexicons' <see cref="Vocabulary"/>, or -1 when it did not hold the word when the token was read.</summary>
    /// <remarks>A lexicon loaded after that may hold it now: the extractor reads the text again when the vocabulary grew while it read.</remarks>
    internal int WordId => wordId;

    /// <summary>The number of <see cref="LowerText"/> in the lexicons' <see cref="Vocabulary"/>, or -1 when it does not hold the word.</summary>
    internal int LowerTextWordId => spelling.LowerTextWordId;

    public bool Is(string lower) => Lower == lower;

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && first == c;

    public override string ToString() => Text;

    [Flags]
    private enum Traits : byte
    {
        SpaceBefore = 1,
        NewLineBefore = 2,
        Capitalised = 4,
        AllCaps = 8,
    }
}
