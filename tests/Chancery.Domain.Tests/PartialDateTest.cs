namespace Chancery.Domain.Tests;

public sealed class PartialDateTest
{
    [Theory]
    [InlineData("1995", "1995-01-01", "1995-12-31")]
    [InlineData("2020-09", "2020-09-01", "2020-09-30")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2018-11-14", "2018-11-14", "2018-11-14")]
    public void A_date_known_to_the_year_or_month_spans_its_days(string text, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        date.Earliest.ShouldBe(IsoDate.Parse(earliest));
        date.Latest.ShouldBe(IsoDate.Parse(latest));
        date.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("95")]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("2023-2-1")]
    [InlineData("July 2023")]
    public void Text_that_is_no_calendar_date_is_refused(string text) => PartialDate.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void A_year_sorts_before_a_day_within_it() =>
        PartialDate.Parse("2018").CompareTo(PartialDate.Parse("2018-11-14")).ShouldBeLessThan(0);
}
