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
        Extract.Primary("The Ministry of Foreign Affairs of Japan and the ASEAN Secretariat held a policy dialogue in Jakarta on 5 July 2023.")
            .Parties.ShouldBe([new ActorId("ASEAN"), new ActorId("JP")]);

    [Fact]
    public void Given_the_partner_called_its_side_When_extracted_Then_the_side_is_a_party() =>
        Extract.Primary("The 19th ASEAN-Russia Senior Officials' Meeting was held in Siem Reap on 29 April 2023. The Russian side was led by Deputy Foreign Minister Andrey Rudenko.")
            .Participants.ShouldContain(p => p.Name == "Andrey Rudenko" && p.Affiliation == new ActorId("RU"));
}
