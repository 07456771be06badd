namespace Chancery.Extraction.Text;

/// <summary>
/// Splits a text view into tokens: runs of letters (with inner apostrophes and the digits that follow
/// letters), runs of digits (with an ordinal suffix: "19th"), and single symbols. Whitespace is dropped
/// but remembered on the token that follows it.
/// </summary>
internal static class Tokenizer
{
    /// <summary>The spellings of the ASCII symbols, made once: a text is full of commas and full stops.</summary>
    private static readonly Spelling[] Symbols = [.. Enumerable.Range(0, 128).Select(c => new Spelling(((char)c).ToString()))];

    /// <summary>Room for the tokens of the text being read on this thread, before they are copied out at their exact count.</summary>
    [ThreadStatic]
    private static Token[]? scratch;

    /// <summary>The most tokens the room kept between texts holds (1.5 MB): a longer text grows room of its own and leaves it.</summary>
    private const int KeptRoom = 1 << 16;

    /// <summary>How many tokens are scanned before their spellings are looked up (see <see cref="Tokenize"/>).</summary>
    private const int Batch = 32;

    /// <remarks>
    /// Tokens are scanned a batch at a time, and the cache slots of their spellings fetched as they are found; then
    /// the text and spelling each slot holds are fetched, and only then are the spellings read. A slot, its text and
    /// its spelling mostly lie outside the processor's caches, and a token asked for them one after the other would
    /// wait for memory three times; a batch asks for them all at once and waits about as long as one token did.
    /// </remarks>
    public static Token[] Tokenize(string view, int start = 0, int end = -1)
    {
        end = end < 0 ? view.Length : end;
        var tokens = scratch ??= new Token[KeptRoom];
        var count = 0;
        var spellings = SpellingCache.OfThisThread;
        var space = true;
        var newLine = true;
        var i = start;
        Span<Scanned> batch = stackalloc Scanned[Batch];
        while (i < end)
        {
            var scanned = 0;
            while (scanned < Batch && i < end)
            {
                var c = view[i];
                if (c == ' ' || (c < '!' || c > '~') && char.IsWhiteSpace(c))
                {
                    space = true;
                    newLine |= c == '\n';
                    i++;
                    continue;
                }
                var begin = i;
                // FNV-1a of the token's characters, computed as they are scanned, finds its spelling in the cache.
                var hash = (2166136261u ^ c) * 16777619u;
                TokenKind kind;
                if (char.IsLetter(c))
                {
                    kind = TokenKind.Word;
                    i++;
                    while (i < end && (char.IsLetterOrDigit(view[i]) || IsMark(view[i]) || IsInnerApostrophe(view, i, end)))
                    {
                        hash = (hash ^ view[i]) * 16777619u;
                        i++;
                    }
                    // "Dato'" and "Laos'": a closing apostrophe after a word that takes it stays with it.
                    if (i < end && view[i] == '\'' && (i + 1 >= end || !char.IsLetter(view[i + 1])) && EndsWithDatoOrS(view, begin, i))
                    {
                        hash = (hash ^ '\'') * 16777619u;
                        i++;
                    }
                }
                else if (char.IsDigit(c))
                {
                    kind = TokenKind.Number;
                    i++;
                    while (i < end && char.IsDigit(view[i]))
                    {
                        hash = (hash ^ view[i]) * 16777619u;
                        i++;
                    }
                    if (i + 1 < end && IsOrdinalSuffix(view[i], view[i + 1]) && (i + 2 >= end || !char.IsLetter(view[i + 2])))
                    {
                        hash = (((hash ^ view[i]) * 16777619u) ^ view[i + 1]) * 16777619u;
                        i += 2;
                    }
                }
                else
                {
                    kind = TokenKind.Symbol;
                    i++;
                }
                // A symbol of the ASCII range has its spelling in Symbols, not in the cache.
                var token = new Scanned(begin, i, hash, kind, space, newLine, AsciiSymbol: kind == TokenKind.Symbol && c < Symbols.Length);
                if (!token.AsciiSymbol)
                {
                    spellings.FetchSlot(hash);
                }
                batch[scanned++] = token;
                space = false;
                newLine = false;
            }
            foreach (var token in batch[..scanned])
            {
                if (!token.AsciiSymbol)
                {
                    spellings.FetchSpelling(token.Hash);
                }
            }
            if (count + scanned > tokens.Length)
            {
                Array.Resize(ref tokens, Math.Max(count + scanned, count * 2));
            }
            foreach (var token in batch[..scanned])
            {
                var spelling = token.AsciiSymbol ? Symbols[view[token.Start]] : spellings.Of(view.AsSpan(token.Start, token.End - token.Start), token.Hash);
                tokens[count++] = new Token(token.Start, token.End, token.Kind, spelling, token.SpaceBefore, token.NewLineBefore);
            }
        }
        return tokens[..count];
    }

    /// <summary>A token found, before its spelling is looked up.</summary>
    private readonly record struct Scanned(int Start, int End, uint Hash, TokenKind Kind, bool SpaceBefore, bool NewLineBefore, bool AsciiSymbol);

    /// <summary>Lower case without accents: "Hà Nội" reads "ha noi", "Türkiye" reads "turkiye", "Đà Nẵng" reads "da nang".</summary>
    public static string Fold(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            ascii &= c < 128;
        }
        if (ascii)
        {
            return text.ToLowerInvariant();
        }
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (!IsMark(c))
            {
                builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    private static bool IsMark(char c) => c >= '\u0300' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsInnerApostrophe(string view, int i, int end) =>
        view[i] == '\'' && i + 1 < end && char.IsLetter(view[i + 1]) && !(i + 2 <= end && view[i + 1] is 's' or 'S' && (i + 2 == end || !char.IsLetter(view[i + 2])));

    private static bool EndsWithDatoOrS(string view, int begin, int end)
    {
        var word = view.AsSpan(begin, end - begin);
        return word.Equals("Dato", StringComparison.OrdinalIgnoreCase) || word.Equals("Datin", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsOrdinalSuffix(char a, char b) => (char.ToLowerInvariant(a), char.ToLowerInvariant(b)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
}
