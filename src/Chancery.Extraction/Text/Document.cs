namespace Chancery.Extraction.Text;

/// <summary>
/// A document ready for the recognisers: its text, the folded view of it, its tokens, paragraphs and
/// sentences. Offsets everywhere are offsets into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    private Document(string text, string view, Token[] tokens, List<Paragraph> paragraphs, List<Sentence> sentences)
    {
        Text = text;
        View = view;
        Tokens = tokens;
        Paragraphs = paragraphs;
        Sentences = sentences;
        SentenceOfToken = new int[tokens.Length];
        foreach (var sentence in sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                SentenceOfToken[t] = sentence.Index;
            }
        }
    }

    public string Text { get; }

    public string View { get; }

    public Token[] Tokens { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>For each token, the index of its sentence.</summary>
    internal int[] SentenceOfToken { get; }

    public static Document Parse(string text)
    {
        var view = TextView.Of(text);
        var tokens = Tokenizer.Tokenize(view);
        var paragraphs = Segmenter.Paragraphs(view);
        var sentences = Segmenter.Sentences(view, tokens, paragraphs);
        return new Document(text, view, tokens, paragraphs, sentences);
    }

    public string Slice(int start, int end) => Text[start..end];

    public Sentence SentenceAt(int token) => Sentences[SentenceOfToken[token]];
}
