using Chancery.Testing;

namespace Chancery.Domain.Tests;

public sealed class EvidenceSpanTest
{
    [Fact]
    public void A_span_quotes_the_characters_it_covers()
    {
        var span = Samples.Span(EngagementField.Participants, "Michael Tene", "Michael Tene");

        span.Quote(Samples.CourtesyCallText).ShouldBe("Michael Tene");
        span.Length.ShouldBe(12);
    }

    [Fact]
    public void A_span_beyond_the_text_quotes_nothing() =>
        new EvidenceSpan(EngagementField.City, 10, 20).Quote("too short").ShouldBeNull();

    [Theory]
    [InlineData(-1, 5, 0.5)]
    [InlineData(5, 5, 0.5)]
    [InlineData(0, 5, 1.5)]
    [InlineData(0, 5, double.NaN)]
    public void Empty_spans_and_confidences_outside_zero_to_one_are_refused(int start, int end, double confidence) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new EvidenceSpan(EngagementField.Date, start, end, confidence));
}
