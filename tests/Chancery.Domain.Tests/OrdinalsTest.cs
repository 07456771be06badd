namespace Chancery.Domain.Tests;

public sealed class OrdinalsTest
{
    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(111, "111th")]
    public void Ordinals_take_the_english_suffix(int n, string text) => Ordinals.English(n).ShouldBe(text);
}
