using Chancery.Domain;
using Chancery.Testing;

namespace Chancery.Store.Tests;

/// <summary>The engagement log's filters, full-text search, clearance and paging.</summary>
public abstract class StoreQueryTest : StoreContract
{
    private Task<EngagementPage> Find(EngagementQuery query) => Read(r => r.FindEngagementsAsync(query with { Clearance = query.Clearance }));

    private static EngagementQuery All => new() { Clearance = Classification.Confidential };

    [Fact]
    public async Task The_log_lists_newest_first_and_undated_engagements_last()
    {
        var seeded = await SeedAsync();
        var undated = await Write(w => w.SaveEngagementAsync(new Engagement { Kind = EngagementKind.Summit, Parties = [Samples.Asean, Samples.Russia] }));

        var page = await Find(All);

        page.Rows.Select(r => r.Id).ShouldBe([seeded.CourtesyCall, seeded.Arsom, undated]);
        page.Total.ShouldBe(3);
    }

    [Fact]
    public async Task A_row_carries_what_a_list_shows()
    {
        var seeded = await SeedAsync();

        var arsom = (await Find(All with { Kind = EngagementKind.SeniorOfficialsMeeting })).Rows.ShouldHaveSingleItem();

        arsom.Id.ShouldBe(seeded.Arsom);
        arsom.SittingLabel.ShouldBe("19th ARSOM");
        arsom.Place.City.ShouldBe("Siem Reap");
        arsom.Parties.Select(p => p.Value).ShouldBe(["ASEAN", "RU"]);
    }

    [Fact]
    public async Task Filters_by_party_dates_kind_sector_mechanism_person_and_review_all_hold_together()
    {
        var seeded = await SeedAsync();

        (await Find(All with { Party = Samples.Russia })).Total.ShouldBe(2);
        (await Find(All with { Party = Samples.Cambodia })).Total.ShouldBe(0);
        (await Find(All with { Since = new DateOnly(2023, 5, 1) })).Rows.Single().Id.ShouldBe(seeded.CourtesyCall);
        (await Find(All with { Until = new DateOnly(2023, 4, 29) })).Rows.Single().Id.ShouldBe(seeded.Arsom);
        (await Find(All with { Since = new DateOnly(2023, 4, 29), Until = new DateOnly(2023, 4, 29) })).Rows.Single().Id.ShouldBe(seeded.Arsom);
        (await Find(All with { Kind = EngagementKind.CourtesyCall })).Rows.Single().Id.ShouldBe(seeded.CourtesyCall);
        (await Find(All with { Sector = Sector.Education })).Rows.Single().Id.ShouldBe(seeded.CourtesyCall);
        (await Find(All with { Mechanism = Samples.Arsom })).Rows.Single().Id.ShouldBe(seeded.Arsom);
        (await Find(All with { Person = seeded.Zagaynov })).Rows.Single().Id.ShouldBe(seeded.CourtesyCall);
        (await Find(All with { Review = ReviewState.Draft })).Rows.Single().Id.ShouldBe(seeded.Arsom);
        (await Find(All with { Party = Samples.Russia, Kind = EngagementKind.Summit })).Total.ShouldBe(0);
    }

    [Fact]
    public async Task The_log_and_a_partner_s_engagements_are_counted_as_many_as_are_listed_through_kinds_clearances_years_and_changes()
    {
        var seeded = await SeedAsync();
        await Write(w => w.SaveEngagementAsync(new Engagement { Kind = EngagementKind.Summit, Parties = [Samples.Asean, Samples.Russia], Classification = Classification.Restricted }));
        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;
        await Write(w => w.SaveEngagementAsync(call with { Kind = EngagementKind.Visit, Classification = Classification.Confidential }));

        // Across the new year: found by a filter from 2023, counted by the year it starts.
        await Write(w => w.SaveEngagementAsync(new Engagement
        {
            Kind = EngagementKind.Visit, Parties = [Samples.Asean, Samples.Russia], When = new DateSpan(new DateOnly(2022, 12, 30), new DateOnly(2023, 1, 2)),
        }));
        (DateOnly? Since, DateOnly? Until)[] periods =
        [
            (null, null), (new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (new DateOnly(2023, 1, 1), null), (null, new DateOnly(2022, 12, 31)),
            (new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31)), (new DateOnly(2023, 4, 29), null),
        ];
        foreach (var party in new ActorId?[] { null, Samples.Russia, Samples.Asean, Samples.Cambodia })
        {
            foreach (var clearance in Enum.GetValues<Classification>())
            {
                foreach (var kind in new EngagementKind?[] { null, EngagementKind.Summit, EngagementKind.Visit, EngagementKind.CourtesyCall, EngagementKind.SeniorOfficialsMeeting })
                {
                    foreach (var (since, until) in periods)
                    {
                        var page = await Find(new EngagementQuery { Party = party, Kind = kind, Clearance = clearance, Since = since, Until = until });
                        page.Total.ShouldBe(page.Rows.Count, $"{party} {kind} at {clearance} from {since} to {until}");
                    }
                }
            }
        }
        (await Find(All with { Since = new DateOnly(2023, 1, 1), Until = new DateOnly(2023, 12, 31) })).Total.ShouldBe(3);
        (await Find(All with { Party = Samples.Russia })).Total.ShouldBe(4);
        (await Find(All)).Total.ShouldBe(4);
        (await Find(new EngagementQuery { Party = Samples.Russia, Kind = EngagementKind.Visit, Clearance = Classification.Restricted })).Total.ShouldBe(1);
    }

    [Theory]
    [InlineData("Zagaynov")]
    [InlineData("zagay")]
    [InlineData("\"deputy secretary-general\"")]
    [InlineData("russian courtesy")]
    [InlineData("Jakarta")]
    [InlineData("Indonesia")]
    public async Task Full_text_search_finds_the_courtesy_call_by_names_titles_places_and_word_starts(string words)
    {
        var seeded = await SeedAsync();

        var page = await Find(All with { Text = SearchText.Parse(words) });

        page.Rows.Select(r => r.Id).ShouldBe([seeded.CourtesyCall]);
    }

    [Theory]
    [InlineData("ARSOM")]
    [InlineData("\"senior officials\"")]
    [InlineData("siem reap")]
    public async Task Full_text_search_finds_the_ARSOM_by_its_mechanism_and_place(string words)
    {
        var seeded = await SeedAsync();

        (await Find(All with { Text = SearchText.Parse(words) })).Rows.Select(r => r.Id).ShouldBe([seeded.Arsom]);
    }

    [Theory]
    [InlineData("\"secretary deputy\"")]
    [InlineData("Zagaynov Cambodia")]
    [InlineData("Lavrov")]
    public async Task Every_word_must_match_and_a_phrase_must_match_in_order(string words)
    {
        await SeedAsync();

        (await Find(All with { Text = SearchText.Parse(words) })).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Search_ignores_accents_in_the_text_and_in_the_query()
    {
        await SeedAsync();
        var id = await Write(w => w.SaveEngagementAsync(new Engagement { Kind = EngagementKind.Visit, Summary = "Visit of President Erdoğan to Malaysia" }));

        (await Find(All with { Text = SearchText.Parse("erdogan") })).Rows.Single().Id.ShouldBe(id);
        (await Find(All with { Text = SearchText.Parse("ERDOĞAN") })).Rows.Single().Id.ShouldBe(id);
    }

    [Fact]
    public async Task Nothing_above_the_clearance_is_listed_or_counted()
    {
        var seeded = await SeedAsync();
        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;
        await Write(w => w.SaveEngagementAsync(call with { Classification = Classification.Confidential }));

        var asPublic = await Find(new EngagementQuery { Clearance = Classification.Public });
        var asRestricted = await Find(new EngagementQuery { Clearance = Classification.Restricted, Text = SearchText.Parse("Zagaynov") });

        asPublic.Rows.Select(r => r.Id).ShouldBe([seeded.Arsom]);
        asPublic.Total.ShouldBe(1);
        asRestricted.Total.ShouldBe(0);
        (await Find(All)).Total.ShouldBe(2);
    }

    [Fact]
    public async Task Engagements_are_tallied_per_party_year_and_kind_within_the_clearance()
    {
        var seeded = await SeedAsync();
        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;
        await Write(w => w.SaveEngagementAsync(call with { Id = default, When = new DateSpan(new DateOnly(2021, 3, 1)), Classification = Classification.Restricted }));

        var asPublic = await Read(r => r.TallyAsync(Classification.Public));
        var asRestricted = await Read(r => r.TallyAsync(Classification.Restricted, Samples.Russia));

        asPublic.ShouldBe(
        [
            new EngagementTally(Samples.Asean, 2023, EngagementKind.CourtesyCall, 1), new EngagementTally(Samples.Russia, 2023, EngagementKind.CourtesyCall, 1),
            new EngagementTally(Samples.Asean, 2023, EngagementKind.SeniorOfficialsMeeting, 1), new EngagementTally(Samples.Russia, 2023, EngagementKind.SeniorOfficialsMeeting, 1),
        ], ignoreOrder: true);
        asRestricted.ShouldContain(new EngagementTally(Samples.Russia, 2021, EngagementKind.CourtesyCall, 1));
        asRestricted.Count.ShouldBe(3);
    }

    [Fact]
    public async Task The_tally_follows_an_engagement_re_dated_reclassified_and_given_other_parties()
    {
        var seeded = await SeedAsync();
        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;

        await Write(w => w.SaveEngagementAsync(call with { When = null, Parties = [Samples.Asean, Samples.Cambodia], Classification = Classification.Restricted }));

        var tally = await Read(r => r.TallyAsync(Classification.Confidential));
        tally.Where(t => t.Kind == EngagementKind.CourtesyCall).ShouldBe(
            [new EngagementTally(Samples.Asean, null, EngagementKind.CourtesyCall, 1), new EngagementTally(Samples.Cambodia, null, EngagementKind.CourtesyCall, 1)], ignoreOrder: true);
        (await Read(r => r.TallyAsync(Classification.Public))).ShouldNotContain(t => t.Kind == EngagementKind.CourtesyCall);
    }

    [Fact]
    public async Task A_party_s_engagements_are_counted_per_sector_and_year_within_the_clearance()
    {
        var seeded = await SeedAsync();
        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;
        await Write(w => w.SaveEngagementAsync(call with { Id = default, Classification = Classification.Confidential }));

        var asPublic = await Read(r => r.EngagementsPerSectorAndYearAsync(Samples.Russia, Classification.Public, 10));

        asPublic.ShouldBe([new SectorYearCount(Sector.Trade, 2023, 1), new SectorYearCount(Sector.Investment, 2023, 1), new SectorYearCount(Sector.Education, 2023, 1)], ignoreOrder: true);
        (await Read(r => r.EngagementsPerSectorAndYearAsync(Samples.Russia, Classification.Confidential, 10))).ShouldContain(new SectorYearCount(Sector.Trade, 2023, 2));
    }

    [Fact]
    public async Task Facets_count_what_the_query_finds_within_the_clearance()
    {
        var seeded = await SeedAsync();
        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;
        await Write(w => w.SaveEngagementAsync(call with { Id = default, When = new DateSpan(new DateOnly(2021, 3, 1)), Classification = Classification.Confidential }));

        var facets = await Read(r => r.EngagementFacetsAsync(new EngagementQuery { Clearance = Classification.Public, Party = Samples.Russia }));

        facets.Kinds.ShouldBe([(EngagementKind.CourtesyCall, 1), (EngagementKind.SeniorOfficialsMeeting, 1)], ignoreOrder: true);
        facets.Parties.ShouldBe([(Samples.Asean, 2), (Samples.Russia, 2)], ignoreOrder: true);
        facets.Sectors.ShouldBe([(Sector.Trade, 1), (Sector.Investment, 1), (Sector.Education, 1)], ignoreOrder: true);
        facets.Years.ShouldBe([(2023, 2)]);
    }

    [Fact]
    public async Task Pages_hold_limit_rows_from_the_offset_and_the_total_counts_every_match()
    {
        await SeedAsync();
        for (var day = 1; day <= 5; day++)
        {
            var date = new DateOnly(2024, 1, day);
            await Write(w => w.SaveEngagementAsync(new Engagement { Kind = EngagementKind.Forum, When = new DateSpan(date), Summary = $"Forum {day}" }));
        }

        var second = await Find(All with { Limit = 2, Offset = 2 });

        second.Total.ShouldBe(7);
        second.Rows.Select(r => r.Summary).ShouldBe(["Forum 3", "Forum 2"]);
        (await Find(All with { Offset = 6 })).Rows.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Sources_are_searched_by_their_text_with_an_excerpt_and_within_the_clearance()
    {
        var seeded = await SeedAsync();
        await Write(w => w.SaveSourceAsync(new Source { Text = "A confidential note on Siem Reap logistics.", Classification = Classification.Confidential }));

        var hit = (await Read(r => r.SearchSourcesAsync(SearchText.Parse("centrality")!, Classification.Public, 10))).ShouldHaveSingleItem();
        hit.Id.ShouldBe(seeded.Source);
        hit.Excerpt.ShouldContain("«Centrality»");
        (await Read(r => r.SearchSourcesAsync(SearchText.Parse("Siem Reap")!, Classification.Public, 10))).Count.ShouldBe(1);
        (await Read(r => r.SearchSourcesAsync(SearchText.Parse("Siem Reap")!, Classification.Confidential, 10))).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_transaction_finds_by_their_words_the_sources_and_engagements_it_stored()
    {
        await SeedAsync();

        var (engagements, sources) = await Write(async w =>
        {
            await w.SaveSourceAsync(new Source { Text = "Talks on fisheries in Kota Kinabalu." });
            await w.SaveEngagementAsync(new Engagement { Kind = EngagementKind.Visit, Summary = "Visit to Kota Kinabalu" });
            return (await w.FindEngagementsAsync(All with { Text = SearchText.Parse("Kinabalu") }),
                await w.SearchSourcesAsync(SearchText.Parse("fisheries")!, Classification.Public, 10));
        });

        sources.ShouldHaveSingleItem();
        engagements.Rows.ShouldHaveSingleItem();
        (await Read(r => r.SearchSourcesAsync(SearchText.Parse("fisheries")!, Classification.Public, 10))).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task An_engagement_saved_twice_in_one_transaction_is_found_by_its_last_words_only()
    {
        await SeedAsync();

        var id = await Write(async w =>
        {
            var saved = await w.SaveEngagementAsync(new Engagement { Kind = EngagementKind.Visit, Summary = "Visit to Kota Kinabalu" });
            await w.SaveEngagementAsync(new Engagement { Id = saved, Kind = EngagementKind.Visit, Summary = "Visit to Kuching" });
            return saved;
        });

        (await Find(All with { Text = SearchText.Parse("Kinabalu") })).Total.ShouldBe(0);
        (await Find(All with { Text = SearchText.Parse("Kuching") })).Rows.ShouldHaveSingleItem().Id.ShouldBe(id);
    }

    [Fact]
    public async Task An_engagement_saved_again_in_a_later_transaction_is_found_by_its_new_words_only()
    {
        await SeedAsync();
        var id = await Write(w => w.SaveEngagementAsync(new Engagement { Kind = EngagementKind.Visit, Summary = "Visit to Kota Kinabalu" }));

        await Write(w => w.SaveEngagementAsync(new Engagement { Id = id, Kind = EngagementKind.Visit, Summary = "Visit to Kuching" }));

        (await Find(All with { Text = SearchText.Parse("Kinabalu") })).Total.ShouldBe(0);
        (await Find(All with { Text = SearchText.Parse("Kuching") })).Rows.ShouldHaveSingleItem().Id.ShouldBe(id);
    }

    [Fact]
    public async Task People_are_found_by_name_words_and_affiliation()
    {
        var seeded = await SeedAsync();

        (await Read(r => r.PeopleAsync(PeopleQuery.All))).Select(p => p.Name).ShouldBe(["Evgeny Zagaynov", "Michael Tene"]);
        (await Read(r => r.PeopleAsync(new PeopleQuery { Name = SearchText.Parse("evgeniy") }))).Single().Id.ShouldBe(seeded.Zagaynov);
        (await Read(r => r.PeopleAsync(new PeopleQuery { Affiliation = Samples.Asean }))).Single().Id.ShouldBe(seeded.Tene);
        (await Read(r => r.PeopleAsync(new PeopleQuery { Name = SearchText.Parse("100%_") }))).ShouldBeEmpty();
    }
}
