using System.Buffers;

namespace Chancery.Extraction.Reading;

/// <summary>
/// Gets the text out of a document's bytes, whatever it is: plain text in any common encoding, a web page,
/// or a PDF, told by its content first and its file name second. Documents larger than
/// <see cref="MaxBytes"/> are refused before they are read, so that one huge file cannot exhaust memory.
/// </summary>
public sealed class DocumentReader(long maxBytes = DocumentReader.DefaultMaxBytes)
{
    /// <summary>32 MiB: a press release is a few kilobytes; a long PDF report a few megabytes.</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    public static DocumentReader Default { get; } = new();

    public long MaxBytes => maxBytes;

    /// <summary>Reads a document from a stream; the name (a file name or path) only hints at the format.</summary>
    /// <exception cref="UnreadableDocumentException">The bytes hold no text this reader can give.</exception>
    public async Task<SourceDocument> ReadAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw TooLarge(stream.Length);
        }
        var bytes = await ReadAtMostAsync(stream, cancellationToken);
        return Read(bytes, name, cancellationToken);
    }

    /// <exception cref="UnreadableDocumentException">The bytes hold no text this reader can give.</exception>
    public SourceDocument Read(byte[] bytes, string name, CancellationToken cancellationToken = default)
    {
        if (bytes.Length > maxBytes)
        {
            throw TooLarge(bytes.Length);
        }
        if (bytes.AsSpan().Trim(" \t\r\n\f"u8).IsEmpty)
        {
            throw new UnreadableDocumentException(bytes.Length == 0 ? "empty file" : "no text, only white space");
        }
        var document = FormatOf(bytes, name) switch
        {
            DocumentFormat.Pdf => PdfReader.Read(bytes, cancellationToken),
            DocumentFormat.Html => HtmlReader.Read(bytes),
            _ => new SourceDocument(TextDecoder.Decode(bytes), DocumentFormat.Text),
        };
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            throw new UnreadableDocumentException("no text, only white space");
        }
        return document;
    }

    /// <summary>The format: a PDF by its signature, a page by its opening markup or its extension, else text.</summary>
    public static DocumentFormat FormatOf(ReadOnlySpan<byte> bytes, string name)
    {
        if (FileSignature.IsPdf(bytes))
        {
            return DocumentFormat.Pdf;
        }
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".pdf")
        {
            return DocumentFormat.Pdf;
        }
        if (extension is ".html" or ".htm" or ".xhtml" || StartsWithMarkup(bytes))
        {
            return DocumentFormat.Html;
        }
        return DocumentFormat.Text;
    }

    private static bool StartsWithMarkup(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 512)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }
        head = head.TrimStart(" \t\r\n"u8);
        return head.StartsWith("<!DOCTYPE html"u8) || head.StartsWith("<!doctype html"u8) || head.StartsWith("<html"u8) || head.StartsWith("<HTML"u8);
    }

    private async Task<byte[]> ReadAtMostAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(stream.CanSeek ? (int)Math.Max(1, stream.Length - stream.Position) : 64 * 1024);
        while (true)
        {
            var memory = buffer.GetMemory(64 * 1024)[..(64 * 1024)];
            var read = await stream.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                throw TooLarge(null);
            }
        }
    }

    private UnreadableDocumentException TooLarge(long? length) => new(length is { } l
        ? $"too large: {Megabytes(l)} is over the {Megabytes(maxBytes)} limit for one document"
        : $"too large: over the {Megabytes(maxBytes)} limit for one document");

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";
}
