namespace Chancery.Domain.Tests;

public sealed class ActionLineNumberTest
{
    [Fact]
    public void Numbers_sort_numerically_not_as_text() =>
        new[] { "1.10", "1.2", "2", "1.2.3", "1" }.Select(ActionLineNumber.Parse).Order().Select(n => n.ToString())
            .ShouldBe(["1", "1.2", "1.2.3", "1.10", "2"]);

    [Fact]
    public void A_number_lies_within_the_sections_that_prefix_it()
    {
        var line = ActionLineNumber.Parse("1.1.3");

        line.IsWithin(ActionLineNumber.Parse("1")).ShouldBeTrue();
        line.IsWithin(ActionLineNumber.Parse("1.1")).ShouldBeTrue();
        line.IsWithin(ActionLineNumber.Parse("1.1.3")).ShouldBeFalse();
        line.IsWithin(ActionLineNumber.Parse("1.2")).ShouldBeFalse();
    }

    [Fact]
    public void A_trailing_dot_as_plans_print_it_is_ignored_and_equal_numbers_are_equal()
    {
        ActionLineNumber.Parse("1.1.").ShouldBe(ActionLineNumber.Parse("1.1"));
        ActionLineNumber.Parse("1.1").GetHashCode().ShouldBe(ActionLineNumber.Parse("1.1").GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1..2")]
    [InlineData("a.1")]
    [InlineData("0.1")]
    public void Text_that_is_no_number_is_refused(string text) => ActionLineNumber.TryParse(text, out _).ShouldBeFalse();
}
