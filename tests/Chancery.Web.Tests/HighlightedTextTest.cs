using Chancery.App;
using Chancery.Web.Pages;

namespace Chancery.Web.Tests;

public sealed class HighlightedTextTest
{
    private static EvidenceDocument Span(string field, int start, int end) => new(field, start, end, 0.9, null, null);

    [Fact]
    public void Spans_cut_the_text_into_plain_runs_and_evidence_runs_in_order()
    {
        var text = HighlightedText.Of("Tene met Zagaynov in Jakarta.", [Span("city", 21, 28), Span("participants", 0, 4)]);

        text.Runs.ShouldBe([
            new TextRun("Tene", "participants"), new TextRun(" met Zagaynov in ", null), new TextRun("Jakarta", "city"), new TextRun(".", null)]);
    }

    [Fact]
    public void Overlapping_spans_are_one_run_naming_all_their_fields()
    {
        var text = HighlightedText.Of("the 19th ARSOM met", [Span("mechanism", 4, 14), Span("ordinal", 4, 8)]);

        text.Runs.ShouldBe([new TextRun("the ", null), new TextRun("19th ARSOM", "mechanism, ordinal"), new TextRun(" met", null)]);
    }

    [Fact]
    public void A_span_beyond_the_text_is_left_out()
    {
        HighlightedText.Of("short", [Span("city", 2, 40)]).Runs.ShouldBe([new TextRun("short", null)]);
    }
}
