using System.Text.RegularExpressions;
using Chancery.Extraction.Lexicons;

namespace Chancery.Extraction.Text;

/// <summary>
/// Cuts a text into paragraphs (lines, with wrapped lines joined) and sentences, and tells the header and
/// the boilerplate from the body. What counts as boilerplate is read from data/lexicons/boilerplate.tsv.
/// </summary>
internal static class Segmenter
{
    /// <summary>The boilerplate patterns of one scope, as one alternation: one test a line instead of one a pattern.</summary>
    private static readonly Regex BoilerplateParagraph = Boilerplate("paragraph");

    private static readonly Regex BoilerplateRest = Boilerplate("rest");

    /// <summary>Words that end in a period without ending a sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(LexiconFile.Read("abbreviations.tsv").Select(row => row["abbreviation"]), StringComparer.OrdinalIgnoreCase);

    public static List<Paragraph> Paragraphs(string view)
    {
        var lines = Lines(view);
        var prose = lines.Select(line => IsProse(view, line)).ToArray();
        var firstProse = Array.IndexOf(prose, true);
        var lastProse = Array.LastIndexOf(prose, true);
        var paragraphs = new List<Paragraph>(lines.Count);
        var restIsBoilerplate = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var text = view.AsSpan(start, end - start);
            restIsBoilerplate = restIsBoilerplate || BoilerplateRest.IsMatch(text);
            var boilerplate = restIsBoilerplate || BoilerplateParagraph.IsMatch(text);
            var role = restIsBoilerplate || boilerplate ? ParagraphRole.Boilerplate
                : firstProse < 0 || i < firstProse || i > lastProse ? ParagraphRole.Header
                : ParagraphRole.Body;
            paragraphs.Add(new Paragraph(i, start, end, role));
        }
        return paragraphs;
    }

    private static Regex Boilerplate(string scope) => new(
        "^\\s*(?:" + string.Join('|', LexiconFile.Read("boilerplate.tsv").Where(row => row["scope"] == scope).Select(row => $"(?:{row["pattern"]})")) + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static List<Sentence> Sentences(string view, Token[] tokens, List<Paragraph> paragraphs)
    {
        var sentences = new List<Sentence>(paragraphs.Count * 3);
        var t = 0;
        foreach (var paragraph in paragraphs)
        {
            while (t < tokens.Length && tokens[t].Start < paragraph.Start)
            {
                t++;
            }
            var first = t;
            while (t < tokens.Length && tokens[t].Start < paragraph.End)
            {
                var isLast = t + 1 >= tokens.Length || tokens[t + 1].Start >= paragraph.End;
                if (isLast || EndsSentence(tokens, t))
                {
                    var end = t + 1;
                    // A closing quote or bracket after the full stop belongs to the sentence.
                    while (!isLast && end < tokens.Length && tokens[end].Start < paragraph.End && !tokens[end].SpaceBefore && ClosesQuoteOrBracket(tokens[end]))
                    {
                        end++;
                    }
                    sentences.Add(new Sentence(sentences.Count, tokens[first].Start, tokens[end - 1].End, first, end, paragraph));
                    t = end;
                    first = end;
                    continue;
                }
                t++;
            }
        }
        return sentences;
    }

    private static bool EndsSentence(Token[] tokens, int t)
    {
        var token = tokens[t];
        if (!(token.IsSymbol('.') || token.IsSymbol('!') || token.IsSymbol('?')))
        {
            return false;
        }
        var next = NextAfterQuotes(tokens, t);
        if (next is not { SpaceBefore: true } || !(next.Value.IsCapitalised || next.Value.Kind == TokenKind.Number || next.Value.IsSymbol('"') || next.Value.IsSymbol('(') || next.Value.IsSymbol('[') || next.Value.IsSymbol('-')))
        {
            return false;
        }
        if (!token.IsSymbol('.') || t == 0)
        {
            return true;
        }
        var before = tokens[t - 1];
        if (before.End != token.Start)
        {
            return true;
        }
        // "Daniel J. Kritenbrink", "U.S.", "Dr.", "Feb." end no sentence.
        var isInitial = before.Kind == TokenKind.Word && before.Length == 1 && before.IsCapitalised;
        return !isInitial && !Abbreviations.Contains(before.Text);
    }

    /// <summary>A closing quote or bracket, which belongs to the sentence before it.</summary>
    private static bool ClosesQuoteOrBracket(Token token) => token.IsSymbol('"') || token.IsSymbol('\'') || token.IsSymbol(')');

    private static Token? NextAfterQuotes(Token[] tokens, int t)
    {
        var n = t + 1;
        while (n < tokens.Length && !tokens[n].SpaceBefore && ClosesQuoteOrBracket(tokens[n]))
        {
            n++;
        }
        return n < tokens.Length ? tokens[n] : null;
    }

    /// <summary>Non-empty lines, trimmed; a line that merely continues a sentence broken by wrapping is joined to the one before.</summary>
    private static List<(int Start, int End)> Lines(string view)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        while (start <= view.Length)
        {
            var newline = view.IndexOf('\n', start);
            var end = newline < 0 ? view.Length : newline;
            var (s, e) = Trim(view, start, end);
            if (e > s)
            {
                if (lines.Count > 0 && Continues(view, lines[^1], s))
                {
                    lines[^1] = (lines[^1].Start, e);
                }
                else
                {
                    lines.Add((s, e));
                }
            }
            if (newline < 0)
            {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /// <summary>True when the previous line stops mid-sentence and this one goes on in lower case (text wrapped at a fixed width).</summary>
    private static bool Continues(string view, (int Start, int End) previous, int start)
    {
        var last = view[previous.End - 1];
        var blankBetween = view.AsSpan(previous.End, start - previous.End).Count('\n') > 1;
        return !blankBetween && previous.End - previous.Start > 50 && char.IsLower(view[start]) && last is not ('.' or '!' or '?' or ':' or ';');
    }

    private static (int, int) Trim(string view, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(view[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(view[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>So many words in one line are prose, however the line ends.</summary>
    private const int LongRun = 30;

    /// <summary>So many words in a line that ends as sentences do make prose.</summary>
    private const int ShortSentence = 6;

    /// <summary>A line of prose: a sentence that ends as sentences do, or a long run of words (a headline is neither).</summary>
    /// <remarks>
    /// Words are counted only as far as the line's ending makes matter: six for a line that ends as a sentence does,
    /// thirty for one that does not. Most lines of a release are paragraphs that end with a full stop, and counting
    /// their words to thirty cost a fiftieth of the extraction.
    /// </remarks>
    private static bool IsProse(string view, (int Start, int End) line)
    {
        var span = view.AsSpan(line.Start, line.End - line.Start);
        var trimmed = span.TrimEnd("\"')]");
        var endsAsSentence = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':';
        var needed = endsAsSentence ? ShortSentence : LongRun;
        var words = 0;
        var inWord = false;
        for (var i = 0; i < span.Length && words < needed; i++)
        {
            var c = span[i];
            var letter = char.IsAsciiLetterOrDigit(c) || (c > '\x7f' && char.IsLetterOrDigit(c));
            if (letter && !inWord)
            {
                words++;
            }
            inWord = letter;
        }
        return words >= needed;
    }
}
