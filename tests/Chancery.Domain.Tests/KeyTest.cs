namespace Chancery.Domain.Tests;

public sealed class KeyTest
{
    [Fact]
    public void A_key_is_made_from_words_of_any_case_and_punctuation() =>
        Key<Mechanism>.FromWords("ASEAN-Russia", "Senior Officials' Meeting").Value.ShouldBe("asean-russia-senior-officials-meeting");

    [Fact]
    public void Accents_are_dropped_from_a_key() => Key<Plan>.FromWords("Türkiye PCA 2024-2028").Value.ShouldBe("turkiye-pca-2024-2028");

    [Theory]
    [InlineData("Upper")]
    [InlineData("two--hyphens")]
    [InlineData("-leading")]
    [InlineData("space inside")]
    public void Malformed_keys_are_refused(string value) => Should.Throw<ArgumentException>(() => new Key<Mechanism>(value));
}
