using Chancery.Domain;

namespace Chancery.Extraction.Tests.Recognition;

public sealed class ActorRecognitionTest
{
    [Theory]
    [InlineData("The 19th ASEAN-Russia Senior Officials' Meeting was held in Siem Reap on 29 April 2023.")]
    [InlineData("The 19th Senior Officials' Meeting between ASEAN and the Russian Federation was held in Siem Reap on 29 April 2023.")]
    [InlineData("ASEAN and Russia held their 19th Senior Officials' Meeting in Siem Reap on 29 April 2023.")]
    public void Given_the_parties_named_in_any_form_When_extracted_Then_they_are_ASEAN_and_Russia(string text) =>
        Extract.Primary(text).Parties.ShouldBe([new ActorId("ASEAN"), new ActorId("RU")]);

    [Fact]
    public void Given_a_ministry_of_a_state_When_extracted_Then_the_state_is_a_party() =>
        Extract.Primary("Officials of the Ministry of Foreign Affairs of Japan met the ASEAN Secretariat in Jakarta on 5 July 2023 for talks.")
            .Parties.ShouldContain(new ActorId("JP"));
}
