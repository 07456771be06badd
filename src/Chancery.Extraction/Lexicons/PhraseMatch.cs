namespace Chancery.Extraction.Lexicons;

/// <summary>A phrase of a lexicon found at tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>).</summary>
internal readonly record struct PhraseMatch<T>(int FirstToken, int EndToken, T Value);
