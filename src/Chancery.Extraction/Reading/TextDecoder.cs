using System.Buffers;
using System.Text;

namespace Chancery.Extraction.Reading;

/// <summary>
/// Turns a text file's bytes into a string: a byte order mark decides when there is one (UTF-8, UTF-16,
/// UTF-32); otherwise UTF-8 when the bytes are valid UTF-8, UTF-16 when every other byte is zero, and
/// Windows-1252 (what older Windows tools save) when the bytes are single-byte text. Bytes that are none
/// of these are refused with the reason: binary content, or UTF-8 broken part-way through.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Bytes that Windows-1252 leaves undefined: a text holding them is not Windows-1252.</summary>
    private static readonly byte[] UndefinedIn1252 = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (Bom(bytes) is { } bom)
        {
            return Strip(bom.Encoding.GetString(bytes[bom.Length..]));
        }
        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return Strip(utf16.GetString(bytes));
        }
        if (FileSignature.Describe(bytes) is { } kind)
        {
            throw new UnreadableDocumentException($"{kind}, not a document");
        }
        if (LooksBinary(bytes))
        {
            throw new UnreadableDocumentException("binary content, not text");
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : 0;
            if (HasUtf8Sequence(bytes) || bytes.IndexOfAny(UndefinedIn1252) >= 0)
            {
                throw new UnreadableDocumentException($"invalid UTF-8 at byte {FirstInvalid(bytes, offset)}", e);
            }
            return CodePages.Windows1252.GetString(bytes);
        }
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => null,
    };

    /// <summary>UTF-16 saved without a mark: in mostly-ASCII text, one byte of nearly every pair is zero.</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        // Most texts hold no zero byte at all, and a vectorised search says so at once.
        if (sample.Length < 8 || !sample.Contains((byte)0))
        {
            return null;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        return oddZeros > pairs * 0.7 && evenZeros < pairs * 0.05 ? new UnicodeEncoding(false, false, true)
            : evenZeros > pairs * 0.7 && oddZeros < pairs * 0.05 ? new UnicodeEncoding(true, false, true)
            : null;
    }

    /// <summary>The control characters a text does not hold: all but tab, line feed, form feed and carriage return.</summary>
    private static readonly SearchValues<byte> Controls = SearchValues.Create([.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\r' or 0x0C)).Select(b => (byte)b)]);

    /// <summary>Binary content: zero bytes, or many control characters that no text holds.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 65536)];
        // Nearly every text holds none of them, and a vectorised search says so without counting byte by byte.
        var first = sample.IndexOfAny(Controls);
        if (first < 0)
        {
            return false;
        }
        var controls = 0;
        foreach (var b in sample[first..])
        {
            if (b == 0)
            {
                return true;
            }
            if (Controls.Contains(b))
            {
                controls++;
            }
        }
        return controls > sample.Length / 100 + 2;
    }

    /// <summary>Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence: a UTF-8 text, broken somewhere.</summary>
    private static bool HasUtf8Sequence(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            var length = bytes[i] switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            if (length > 0 && i + length <= bytes.Length && Continuations(bytes.Slice(i + 1, length - 1)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Continuations(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, for the error message.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes, int hint)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? hint : read;
    }

    private static string Strip(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
