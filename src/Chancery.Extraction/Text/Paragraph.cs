namespace Chancery.Extraction.Text;

/// <summary>A paragraph of a document: its characters, and whether it is the header (headline, byline,
/// dateline lines) or boilerplate (captions, "Also read" links, "About ASEAN"), which report no engagement.</summary>
public sealed record Paragraph(int Index, int Start, int End, ParagraphRole Role)
{
    public bool IsBody => Role == ParagraphRole.Body;
}
