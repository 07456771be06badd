namespace Chancery.Domain.Tests;

public sealed class DateSpanTest
{
    private static readonly DateOnly May19 = new(2016, 5, 19);
    private static readonly DateOnly May20 = new(2016, 5, 20);

    [Fact]
    public void A_span_that_ends_the_day_it_starts_is_one_day()
    {
        var span = new DateSpan(May19, May19);

        span.End.ShouldBeNull();
        span.Days.ShouldBe(1);
        span.ToString().ShouldBe("2016-05-19");
    }

    [Fact]
    public void A_span_cannot_end_before_it_starts() => Should.Throw<ArgumentException>(() => new DateSpan(May20, May19));

    [Fact]
    public void A_multi_day_span_is_written_as_an_iso_interval_and_read_back()
    {
        var span = new DateSpan(May19, May20);

        span.ToString().ShouldBe("2016-05-19/2016-05-20");
        DateSpan.Parse(span.ToString()).ShouldBe(span);
        span.ToDisplayString().ShouldBe("19-20 May 2016");
    }

    [Fact]
    public void Spans_two_days_apart_are_near_given_two_days_of_slack()
    {
        var one = new DateSpan(May19);
        var next = new DateSpan(May20.AddDays(1));

        one.IsNear(next).ShouldBeFalse();
        one.IsNear(next, slackDays: 2).ShouldBeTrue();
        new DateSpan(May19, May20).Contains(May20).ShouldBeTrue();
    }
    [Theory]
    [InlineData("2023-07-05", true)]
    [InlineData("2016-05-19/2016-05-20", true)]
    [InlineData("July 5", false)]
    [InlineData("2016-05-20/2016-05-19", false)]
    [InlineData("2016-05-19/2016-05-20/2016-05-21", false)]
    [InlineData(null, false)]
    public void A_text_is_a_span_only_when_it_is_a_date_or_a_range_that_ends_after_it_starts(string? text, bool parsed)
    {
        DateSpan.TryParse(text, out var span).ShouldBe(parsed);
        if (parsed)
        {
            span.ShouldBe(DateSpan.Parse(text!));
        }
    }
}
