namespace Chancery.Domain.Tests;

public sealed class CadenceTest
{
    [Theory]
    [InlineData("annual", 12)]
    [InlineData("biennial", 24)]
    [InlineData("irregular", 0)]
    [InlineData("every-6-months", 6)]
    public void Cadences_are_read_from_their_names_and_written_back(string text, int months)
    {
        var cadence = Cadence.Parse(text);

        cadence.Months.ShouldBe(months);
        cadence.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("yearly-ish")]
    [InlineData("every-0-months")]
    [InlineData("every-x-months")]
    public void Unknown_cadences_are_refused(string text) => Should.Throw<FormatException>(() => Cadence.Parse(text));
}
