using Chancery.Domain;

namespace Chancery.Extraction.Tests.Recognition;

public sealed class PlaceRecognitionTest
{
    [Fact]
    public void Given_a_city_When_extracted_Then_its_country_comes_from_the_gazetteer()
    {
        var meeting = Extract.Primary("SIEM REAP, 29 April 2023 - The 19th ASEAN-Russia Senior Officials' Meeting was held in Siem Reap today.");

        (meeting.City, meeting.Country).ShouldBe(("Siem Reap", new ActorId("KH")));
    }

    [Fact]
    public void Given_the_ASEAN_Secretariat_as_the_venue_When_extracted_Then_the_meeting_is_in_Jakarta()
    {
        var call = Extract.Primary("The Ambassador of Japan to ASEAN paid a courtesy call on the Secretary-General of ASEAN at the ASEAN Secretariat on 5 July 2023.");

        (call.City, call.Country).ShouldBe(("Jakarta", new ActorId("ID")));
    }

    [Theory]
    [InlineData("via videoconference")]
    [InlineData("virtually")]
    public void Given_a_meeting_held_by_video_When_extracted_Then_it_is_virtual(string how) =>
        Extract.Primary($"The 23rd ASEAN-Japan Joint Cooperation Committee Meeting was held {how} on 9 March 2021.").Virtual.ShouldBeTrue();
}
