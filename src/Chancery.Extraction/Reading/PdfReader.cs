using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Chancery.Extraction.Reading;

/// <summary>
/// Reads a PDF's text layer with PdfPig: words grouped into blocks by layout analysis (Docstrum), blocks
/// put in reading order, each block one paragraph with its wrapped lines joined and line-end hyphens mended.
/// A PDF with no text layer (a scan) or one that is encrypted is refused with that reason.
/// </summary>
internal static class PdfReader
{
    public static SourceDocument Read(byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var text = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters);
                var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
                foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(blocks))
                {
                    AppendParagraph(text, block.TextLines.Select(line => line.Text));
                }
            }
            var result = text.ToString().Trim();
            if (result.Length == 0)
            {
                throw new UnreadableDocumentException("PDF with no text layer (a scanned image?)");
            }
            var title = pdf.Information.Title is { Length: > 0 } t ? t : null;
            return new SourceDocument(result + "\n", DocumentFormat.Pdf, Title: title);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException("encrypted PDF: it cannot be read without its password", e);
        }
        catch (Exception e) when (e is not UnreadableDocumentException and not OperationCanceledException)
        {
            throw new UnreadableDocumentException($"corrupt PDF ({FirstLine(e.Message)})", e);
        }
    }

    private static void AppendParagraph(StringBuilder text, IEnumerable<string> lines)
    {
        var paragraph = new StringBuilder();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (paragraph.Length > 0 && paragraph[^1] == '-' && char.IsLower(line[0]))
            {
                paragraph.Length--;
            }
            else if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }
            paragraph.Append(line);
        }
        if (paragraph.Length > 0)
        {
            text.Append(paragraph).Append("\n\n");
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');
}
