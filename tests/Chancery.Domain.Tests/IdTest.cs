namespace Chancery.Domain.Tests;

public sealed class IdTest
{
    [Fact]
    public void The_default_id_is_unsaved()
    {
        Id<Engagement>.Unsaved.IsSaved.ShouldBeFalse();
        new Id<Engagement>(7).IsSaved.ShouldBeTrue();
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("#42", 42)]
    [InlineData(" 7 ", 7)]
    public void Ids_are_read_as_users_type_them(string text, long value)
    {
        Id<Engagement>.TryParse(text, out var id).ShouldBeTrue();
        id.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("forty-two")]
    [InlineData("")]
    public void Text_that_is_no_positive_number_is_no_id(string text) => Id<Engagement>.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void A_negative_id_cannot_be_made() => Should.Throw<ArgumentOutOfRangeException>(() => new Id<Person>(-1));
}
