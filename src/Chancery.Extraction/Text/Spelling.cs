namespace Chancery.Extraction.Text;

/// <summary>
/// How a token is written, and what follows from it, worked out once for every token written the same way:
/// its text, its folded form (<see cref="Lower"/>), the number lexicons know it by, and its capitals. A text
/// repeats its words, so a tokenizer hands out one shared spelling per distinct string.
/// </summary>
internal sealed class Spelling
{
    public Spelling(string text)
    {
        Text = text;
        Lower = Tokenizer.Fold(text);
        IsCapitalised = text.Length > 0 && char.IsUpper(text[0]);
        ascii = System.Text.Ascii.IsValid(text);
        IsAllCaps = text.Length > 1 && char.IsLetter(text[0]) && !text.Any(c => char.IsLetter(c) && !char.IsUpper(c));
    }

    public string Text { get; }

    public string Lower { get; }

    public bool IsCapitalised { get; }

    /// <summary>Two or more characters, the letters all capitals: "ASEAN", "ARSOM", "JCC".</summary>
    public bool IsAllCaps { get; }

    public string LowerText => field ??= Text.ToLowerInvariant();

    /// <summary>The number of <see cref="LowerText"/> in the <see cref="Vocabulary"/>, or -1: in plain ASCII it is the folded word's.</summary>
    public int LowerTextWordId => ascii ? WordId : Vocabulary.IdOf(LowerText);

    /// <summary>The number of <see cref="Lower"/> in the <see cref="Vocabulary"/>, or -1 when the vocabulary does not hold it.</summary>
    /// <remarks>Kept with the vocabulary's version it was looked up in, both in one field so that they are read together.</remarks>
    public int WordId
    {
        get
        {
            var version = Vocabulary.Version;
            var known = wordId;
            if ((int)(known >> 32) == version && known != 0)
            {
                return (int)known - 1;
            }
            var id = Vocabulary.IdOf(Lower);
            wordId = ((long)version << 32) | (uint)(id + 1);
            return id;
        }
    }

    private long wordId;

    private readonly bool ascii;
}
