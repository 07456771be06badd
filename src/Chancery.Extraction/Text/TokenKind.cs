namespace Chancery.Extraction.Text;

public enum TokenKind : byte
{
    /// <summary>Letters (and the digits or apostrophes inside them): "ASEAN", "Dato'", "Zagaynov".</summary>
    Word,

    /// <summary>Digits, possibly with an ordinal suffix: "19", "19th", "2023".</summary>
    Number,

    /// <summary>Any other single character: "-", ",", "(", "'".</summary>
    Symbol,
}
