using Chancery.App;

namespace Chancery.Web.Pages;

/// <summary>A source's text cut into runs, each either plain or the evidence of the fields it supports.</summary>
public sealed record HighlightedText(IReadOnlyList<TextRun> Runs)
{
    /// <summary>
    /// Cuts the text at every evidence span. Spans that overlap are joined into one run naming all their fields;
    /// spans outside the text (a text edited since) are left out.
    /// </summary>
    public static HighlightedText Of(string text, IEnumerable<EvidenceDocument> evidence)
    {
        var spans = evidence.Where(e => e.Start >= 0 && e.End <= text.Length && e.Start < e.End).OrderBy(e => e.Start).ThenByDescending(e => e.End).ToList();
        var runs = new List<TextRun>();
        var at = 0;
        var i = 0;
        while (i < spans.Count)
        {
            var start = spans[i].Start;
            var end = spans[i].End;
            var fields = new SortedSet<string>(StringComparer.Ordinal) { spans[i].Field };
            for (i++; i < spans.Count && spans[i].Start < end; i++)
            {
                end = Math.Max(end, spans[i].End);
                fields.Add(spans[i].Field);
            }
            if (start > at)
            {
                runs.Add(new TextRun(text[at..start], null));
            }
            runs.Add(new TextRun(text[start..end], string.Join(", ", fields)));
            at = end;
        }
        if (at < text.Length)
        {
            runs.Add(new TextRun(text[at..], null));
        }
        return new HighlightedText(runs);
    }
}
