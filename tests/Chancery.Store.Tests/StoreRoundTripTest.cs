using Chancery.Domain;
using Chancery.Testing;

namespace Chancery.Store.Tests;

/// <summary>Every entity comes back from the store as it went in.</summary>
public abstract class StoreRoundTripTest : StoreContract
{
    [Fact]
    public async Task An_actor_comes_back_with_every_name()
    {
        await Write(async w => { await w.SaveActorAsync(Samples.RussiaActor); return 0; });

        var russia = (await Read(r => r.ActorsAsync())).ShouldHaveSingleItem();

        russia.ShouldBeEquivalentTo(Samples.RussiaActor);
    }

    [Fact]
    public async Task A_partnership_comes_back_with_its_statuses_and_coordinators()
    {
        await Write(async w =>
        {
            await w.SaveActorAsync(Samples.RussiaActor);
            await w.SaveActorAsync(Samples.CambodiaActor);
            await w.SavePartnershipAsync(Samples.RussiaPartnership);
            return 0;
        });

        var partnership = (await Read(r => r.PartnershipsAsync())).ShouldHaveSingleItem();

        partnership.ShouldBeEquivalentTo(Samples.RussiaPartnership);
    }

    [Fact]
    public async Task A_mechanism_comes_back_with_its_parties_and_sittings()
    {
        var arsom = Samples.ArsomMechanism with { Sittings = [new Sitting(15, new DateSpan(new DateOnly(2018, 5, 18)), "Moscow", Samples.Russia)] };
        await Write(async w =>
        {
            await w.SaveActorAsync(Samples.AseanActor);
            await w.SaveActorAsync(Samples.RussiaActor);
            await w.SaveMechanismAsync(arsom);
            return 0;
        });

        (await Read(r => r.MechanismAsync(Samples.Arsom))).ShouldBeEquivalentTo(arsom);
        (await Read(r => r.MechanismsAsync(Samples.Russia))).ShouldHaveSingleItem();
        (await Read(r => r.MechanismsAsync(new ActorId("CN")))).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_person_comes_back_with_aliases_and_positions_and_an_update_replaces_them()
    {
        var seeded = await SeedAsync();

        var zagaynov = await Read(r => r.PersonAsync(seeded.Zagaynov));
        zagaynov.ShouldBeEquivalentTo(Samples.Zagaynov with { Id = seeded.Zagaynov });

        var moved = zagaynov! with { Positions = [new Position("Ambassador", Samples.Russia, new DateOnly(2021, 1, 1), new DateOnly(2025, 1, 1)) { AccreditedTo = Samples.Asean }] };
        await Write(w => w.SavePersonAsync(moved));

        (await Read(r => r.PersonAsync(seeded.Zagaynov)))!.Positions.ShouldHaveSingleItem().To.ShouldBe(new DateOnly(2025, 1, 1));
    }

    [Fact]
    public async Task A_plan_comes_back_with_its_sections_and_action_lines()
    {
        await SeedAsync();

        (await Read(r => r.PlanAsync(Samples.Cpa))).ShouldBeEquivalentTo(Samples.CpaPlan);
    }

    [Fact]
    public async Task A_source_comes_back_whole_and_the_same_text_is_stored_once()
    {
        var seeded = await SeedAsync();

        var source = await Read(r => r.SourceAsync(seeded.Source));
        source.ShouldBeEquivalentTo(Samples.CourtesyCallSource with { Id = seeded.Source });
        (await Write(w => w.SaveSourceAsync(Samples.CourtesyCallSource with { Outlet = "Someone else" }))).ShouldBe(seeded.Source);
        (await Read(r => r.SourceByHashAsync(ContentHash.Of(Samples.CourtesyCallText))))!.Id.ShouldBe(seeded.Source);
    }

    [Fact]
    public async Task An_engagement_comes_back_with_every_field_and_its_evidence()
    {
        var seeded = await SeedAsync();

        var call = await Read(r => r.EngagementAsync(seeded.CourtesyCall));

        call.ShouldBeEquivalentTo(Samples.CourtesyCall(seeded.Tene, seeded.Zagaynov, seeded.Source) with { Id = seeded.CourtesyCall });
        call!.Citations.Single().Evidence.Select(e => e.Quote(Samples.CourtesyCallText))
            .ShouldBe(["5 July 2023", "Evgeny Zagaynov", "Michael Tene", "ASEAN Secretariat"]);
    }

    [Fact]
    public async Task Updating_an_engagement_replaces_its_lists()
    {
        var seeded = await SeedAsync();
        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;

        await Write(w => w.SaveEngagementAsync(call with { Sectors = [Sector.Culture], Participants = [call.Participants[0]], Review = ReviewState.Draft }));

        var updated = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;
        updated.Sectors.ShouldBe([Sector.Culture]);
        updated.Participants.ShouldHaveSingleItem().Name.ShouldBe("Michael Tene");
        updated.Review.ShouldBe(ReviewState.Draft);
        updated.Citations.ShouldHaveSingleItem().Evidence.Count.ShouldBe(4);
    }

    [Fact]
    public async Task An_engagement_loaded_without_evidence_and_saved_with_a_new_citation_keeps_the_evidence_of_the_old_one()
    {
        var seeded = await SeedAsync();
        var later = await Write(w => w.SaveSourceAsync(new Source { Text = "Zagaynov met Tene on 5 July 2023." }));
        var call = (await Read(r => r.EngagementsWithoutEvidenceAsync([seeded.CourtesyCall]))).Single();
        call.Citations.Single().Evidence.ShouldBeEmpty();

        await Write(w => w.SaveEngagementAsync(call with
        {
            Citations = [.. call.Citations, new Citation(later, CitationRole.Primary) { Evidence = [new EvidenceSpan(EngagementField.Participants, 0, 8, 0.8, "Evgeny Zagaynov")] }],
        }));

        var saved = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;
        saved.Citations.Select(c => (c.Source, c.Evidence.Count)).ShouldBe([(seeded.Source, 4), (later, 1)]);
    }

    [Fact]
    public async Task An_engagement_s_fields_are_read_without_its_citations_and_flags()
    {
        var seeded = await SeedAsync();
        var later = await Write(w => w.SaveSourceAsync(new Source { Text = "Zagaynov met Tene in Bali." }));
        await Write(async w =>
        {
            await w.AddCitationAsync(seeded.CourtesyCall, new Citation(later, CitationRole.Primary), [new ReviewFlag(EngagementField.City, "Bali", later)]);
            return 0;
        });
        var whole = (await Read(r => r.EngagementsWithoutEvidenceAsync([seeded.CourtesyCall]))).Single();

        var fields = (await Read(r => r.EngagementFieldsAsync(seeded.CourtesyCall)))!;

        fields.Citations.ShouldBeEmpty();
        fields.Flags.ShouldBeEmpty();
        (fields.When, fields.Kind, fields.Place, fields.Summary, fields.Review).ShouldBe((whole.When, whole.Kind, whole.Place, whole.Summary, whole.Review));
        fields.Parties.ShouldBe(whole.Parties);
        fields.Participants.ShouldBe(whole.Participants);
        fields.Sectors.ShouldBe(whole.Sectors);
        whole.Citations.Count.ShouldBe(2);
        whole.Flags.ShouldHaveSingleItem();
        (await Read(r => r.EngagementFieldsAsync(new Id<Engagement>(404)))).ShouldBeNull();
    }

    [Fact]
    public async Task A_citation_added_to_an_engagement_comes_with_its_evidence_and_flags_after_those_it_had()
    {
        var seeded = await SeedAsync();
        var first = await Write(w => w.SaveSourceAsync(new Source { Text = "Zagaynov called on Tene in Bandung." }));
        var second = await Write(w => w.SaveSourceAsync(new Source { Text = "Zagaynov called on Tene on 6 July." }));
        var span = new EvidenceSpan(EngagementField.City, 27, 34, 0.5, "Bandung");

        await Write(async w => { await w.AddCitationAsync(seeded.CourtesyCall, new Citation(first, CitationRole.Primary) { Evidence = [span] }, [new ReviewFlag(EngagementField.City, "Bandung", first)]); return 0; });
        await Write(async w => { await w.AddCitationAsync(seeded.CourtesyCall, new Citation(second, CitationRole.Mentioned), [new ReviewFlag(EngagementField.Date, "2023-07-06", second)]); return 0; });

        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;
        call.Citations.Select(c => (c.Source, c.Role, c.Evidence.Count)).ShouldBe([(seeded.Source, CitationRole.Primary, 4), (first, CitationRole.Primary, 1), (second, CitationRole.Mentioned, 0)]);
        call.Flags.ShouldBe([new ReviewFlag(EngagementField.City, "Bandung", first), new ReviewFlag(EngagementField.Date, "2023-07-06", second)]);
        call.Place.City.ShouldBe("Jakarta");
        (await Should.ThrowAsync<StoreException>(() => Write(async w => { await w.AddCitationAsync(new Id<Engagement>(999), new Citation(first, CitationRole.Primary), []); return 0; })))
            .Message.ShouldContain("no engagement #999");
    }

    [Fact]
    public async Task A_citation_dropped_from_an_engagement_goes_with_its_evidence()
    {
        var seeded = await SeedAsync();
        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;

        await Write(w => w.SaveEngagementAsync(call with { Citations = [] }));

        (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!.Citations.ShouldBeEmpty();
        (await Write(w => w.SaveEngagementAsync(call))).ShouldBe(seeded.CourtesyCall);
        (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!.Citations.Single().Evidence.Count.ShouldBe(4);
    }

    [Fact]
    public async Task An_engagement_longer_than_a_season_is_refused_and_one_of_a_season_is_found_on_its_last_day()
    {
        var seeded = await SeedAsync();
        var call = (await Read(r => r.EngagementAsync(seeded.CourtesyCall)))!;
        var season = new DateSpan(new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 1).AddDays(Engagement.MaxDays - 1));

        (await Should.ThrowAsync<StoreException>(() => Write(w => w.SaveEngagementAsync(call with { When = new DateSpan(season.Start, season.Last.AddDays(1)) }))))
            .Message.ShouldBe($"an engagement lasts at most {Engagement.MaxDays} days, not {Engagement.MaxDays + 1} (2023-01-01/2023-04-03)");
        await Write(w => w.SaveEngagementAsync(call with { When = season }));

        var found = await Read(r => r.FindEngagementsAsync(new EngagementQuery { Since = season.Last, Clearance = Classification.Confidential }));
        found.Rows.Select(row => row.Id).ShouldContain(seeded.CourtesyCall);
    }

    [Fact]
    public async Task Engagements_are_loaded_in_the_order_asked_and_missing_ones_left_out()
    {
        var seeded = await SeedAsync();

        var loaded = await Read(r => r.EngagementsAsync([seeded.Arsom, new Id<Engagement>(999), seeded.CourtesyCall]));

        loaded.Select(e => e.Id).ShouldBe([seeded.Arsom, seeded.CourtesyCall]);
    }

    [Fact]
    public async Task A_sitting_with_ordinal_and_date_joins_the_mechanism_s_known_sittings()
    {
        await SeedAsync();

        var sitting = (await Read(r => r.MechanismAsync(Samples.Arsom)))!.Sittings.ShouldHaveSingleItem();

        sitting.Ordinal.ShouldBe(19);
        sitting.When.ShouldBe(new DateSpan(new DateOnly(2023, 4, 29)));
        sitting.City.ShouldBe("Siem Reap");
        sitting.Country.ShouldBe(Samples.Cambodia);
    }

    [Fact]
    public async Task Counts_and_meta_values_are_kept()
    {
        await SeedAsync();
        await Write(async w => { await w.SetMetaAsync("demo-loaded", "true"); await w.SetMetaAsync("demo-loaded", "again"); return 0; });

        (await Read(r => r.CountsAsync())).ShouldBe(new StoreCounts(Actors: 4, Partnerships: 0, Mechanisms: 1, People: 2, Plans: 1, Sources: 1, Engagements: 2));
        (await Read(r => r.MetaAsync("demo-loaded"))).ShouldBe("again");
        (await Read(r => r.MetaAsync("absent"))).ShouldBeNull();
    }

    [Fact]
    public async Task The_evidence_spans_of_every_citation_are_counted_together()
    {
        var seeded = await SeedAsync();
        var whole = await Read(r => r.EngagementsAsync([seeded.Arsom, seeded.CourtesyCall]));
        var before = whole.Sum(e => e.Citations.Sum(c => c.Evidence.Count));
        before.ShouldBeGreaterThan(0);
        (await Read(r => r.EvidenceSpansAsync())).ShouldBe(before);

        var later = await Write(w => w.SaveSourceAsync(new Source { Text = "Jakarta: a courtesy call." }));
        await Write(async w =>
        {
            await w.AddCitationAsync(seeded.CourtesyCall, new Citation(later, CitationRole.Primary) { Evidence = [new EvidenceSpan(EngagementField.City, 0, 7, 0.5, "Jakarta"), new EvidenceSpan(EngagementField.Kind, 8, 20, 0.9, "courtesy call")] }, []);
            return 0;
        });

        (await Read(r => r.EvidenceSpansAsync())).ShouldBe(before + 2);
    }
}
