using Chancery.Testing;

namespace Chancery.Domain.Tests;

public sealed class EngagementTest
{
    private static readonly Id<Person> Tene = new(1);
    private static readonly Id<Person> Zagaynov = new(2);
    private static readonly Id<Source> Release = new(3);

    [Fact]
    public void Parties_sectors_and_stances_are_kept_sorted_without_repeats()
    {
        var call = Samples.CourtesyCall(Tene, Zagaynov, Release) with
        {
            Parties = [Samples.Russia, Samples.Asean, Samples.Russia],
            Sectors = [Sector.Trade, Sector.Culture, Sector.Trade],
        };

        call.Parties.Select(p => p.Value).ShouldBe(["ASEAN", "RU"]);
        call.Sectors.ShouldBe([Sector.Trade, Sector.Culture]);
    }

    [Fact]
    public void A_person_takes_part_once_whatever_title_is_repeated()
    {
        var call = Samples.CourtesyCall(Tene, Zagaynov, Release) with
        {
            Participants = [new Participant(Tene, "Michael Tene", "Deputy Secretary-General", Samples.Asean), new Participant(Tene, "Tene", "DSG", Samples.Asean)],
        };

        call.Participants.ShouldHaveSingleItem().Title.ShouldBe("Deputy Secretary-General");
    }

    [Fact]
    public void A_source_is_cited_once() =>
        (Samples.CourtesyCall(Tene, Zagaynov, Release) with { Citations = [new Citation(Release, CitationRole.Primary), new Citation(Release, CitationRole.Mentioned)] })
            .Citations.ShouldHaveSingleItem().Role.ShouldBe(CitationRole.Primary);

    [Fact]
    public void A_new_engagement_is_an_unsaved_public_draft()
    {
        var engagement = new Engagement { Kind = EngagementKind.Visit };

        engagement.Id.IsSaved.ShouldBeFalse();
        engagement.Review.ShouldBe(ReviewState.Draft);
        engagement.Classification.ShouldBe(Classification.Public);
        engagement.Place.ShouldBe(Place.Unknown);
    }

    [Fact]
    public void The_label_of_a_sitting_reads_as_press_releases_write_it()
    {
        Engagement.SittingLabel("ARSOM", 19).ShouldBe("19th ARSOM");
        Engagement.SittingLabel("ASEAN-China Summit", 22).ShouldBe("22nd ASEAN-China Summit");
        Engagement.SittingLabel("ARJCC", null).ShouldBe("ARJCC");
    }

    [Fact]
    public void An_ordinal_counts_from_one() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new SittingRef(Samples.Arsom, 0));

    [Fact]
    public void A_place_reads_venue_city_and_country()
    {
        new Place { Venue = "ASEAN Secretariat", City = "Jakarta", Country = Samples.Indonesia }.ToString().ShouldBe("ASEAN Secretariat, Jakarta (ID)");
        new Place { Virtual = true }.ToString().ShouldBe("videoconference");
        Place.Unknown.ToString().ShouldBe("");
    }
}
