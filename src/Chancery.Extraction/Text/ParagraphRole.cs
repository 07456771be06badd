namespace Chancery.Extraction.Text;

public enum ParagraphRole : byte
{
    /// <summary>The lines above the first paragraph of prose: headline, kicker, byline, dateline.</summary>
    Header,

    Body,

    /// <summary>Text that does not report: photo captions, related links, "About ASEAN", agency sign-offs.</summary>
    Boilerplate,
}
