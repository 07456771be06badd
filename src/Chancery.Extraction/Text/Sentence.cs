namespace Chancery.Extraction.Text;

/// <summary>A sentence: its characters, its tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>), and its paragraph.</summary>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int EndToken, Paragraph Paragraph)
{
    public int TokenCount => EndToken - FirstToken;

    public bool IsBody => Paragraph.IsBody;
}
