using System.Text;
using Chancery.App.Extraction;
using Chancery.App.Ingestion;
using Chancery.App.Review;
using Chancery.Domain;
using Chancery.Extraction;
using Chancery.Store;
using Chancery.Testing;

namespace Chancery.App.Tests.Ingestion;

/// <summary>Ingestion into a store that holds the reference data only: what it stores, resolves, merges and leaves alone.</summary>
public sealed class IngestorTest : IAsyncLifetime
{
    private const string Call = "Russian envoy calls on ASEAN deputy chief\n\nJAKARTA, 5 July 2023 - Ambassador of the Russian Federation to ASEAN H.E. Evgeny Zagaynov "
        + "paid a courtesy call on the Deputy Secretary-General of ASEAN for Community and Corporate Affairs, Michael Tene, at the ASEAN Secretariat today. "
        + "They discussed cooperation in trade and education.\n";

    private const string SameCallElsewhere = "Zagaynov meets Tene\n\nJAKARTA, July 5 (TASS) - Russian Ambassador to ASEAN Evgeny Zagaynov paid a courtesy call on "
        + "ASEAN Deputy Secretary-General Michael Tene in Jakarta on Wednesday. The two discussed energy cooperation.\n";

    private const string SameCallOtherwise = "Envoy visit\n\nJAKARTA, 7 July 2023 - Ambassador Zagaynov paid a courtesy call on Deputy Secretary-General Michael Tene "
        + "in Bandung on Thursday, discussing tourism.\n";

    private const string Arsom = "Senior officials meet\n\nSIEM REAP, 29 April 2023 - The 19th ASEAN-Russia Senior Officials Meeting (ARSOM) was held in Siem Reap "
        + "today under the ASEAN-Russia Comprehensive Plan of Action 2021-2025.\n";

    private const string Promoted = "Zagaynov in new post\n\nMOSCOW, 12 March 2025 - Deputy Foreign Minister Evgeny Zagaynov met ASEAN Secretary-General Kao Kim Hourn "
        + "in Moscow today to discuss trade cooperation.\n";

    private const string Untitled = "Talks at the Secretariat\n\nJAKARTA, 5 July 2023 - Evgeny Zagaynov met Michael Tene at the ASEAN Secretariat today and discussed trade.\n";

    private readonly TemporaryDirectory folder = new();
    private Workspace workspace = null!;

    private IChanceryStore Store => workspace.Store;

    public async Task InitializeAsync() =>
        workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("ingest.db"), IsDefault: false), OpenMode.Initialise);

    public async Task DisposeAsync()
    {
        await workspace.DisposeAsync();
        folder.Dispose();
    }

    private async Task<IngestionReport> IngestAsync(params (string Name, string Text)[] documents)
    {
        var sources = documents.Select(d =>
        {
            var path = folder.File(d.Name);
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(d.Text));
            return DocumentSource.FromFile(path);
        }).ToList();
        var runner = new ExtractionRunner(Extractor.Default, ExtractionOptions.Default with { Parallelism = 1 });
        return await new Ingestor(runner, Store).IngestAsync(sources, new IngestOptions { Outlet = "Test Wire" });
    }

    private Task<IReadOnlyList<Engagement>> EngagementsAsync(EngagementQuery query) =>
        Store.ReadAsync<IReadOnlyList<Engagement>>(async (r, ct) =>
            await r.EngagementsAsync([.. (await r.FindEngagementsAsync(query with { Clearance = Classification.Confidential }, ct)).Rows.Select(row => row.Id)], ct));

    private Task<IReadOnlyList<Engagement>> CallsAsync() => EngagementsAsync(new EngagementQuery { Kind = EngagementKind.CourtesyCall });

    [Fact]
    public async Task Given_a_press_release_When_ingested_Then_its_source_and_a_draft_engagement_with_evidence_are_stored()
    {
        var report = await IngestAsync(("call.txt", Call));

        report.Stored.ShouldBe(1);
        var call = (await CallsAsync()).ShouldHaveSingleItem();
        call.Review.ShouldBe(ReviewState.Draft);
        call.When.ShouldBe(new DateSpan(new DateOnly(2023, 7, 5)));
        call.Parties.ShouldBe([new ActorId("ASEAN"), new ActorId("RU")]);
        call.Participants.Select(p => p.Name).ShouldBe(["Evgeny Zagaynov", "Michael Tene"], ignoreOrder: true);
        var citation = call.Citations.ShouldHaveSingleItem();
        var source = (await Store.ReadAsync((r, ct) => r.SourceAsync(citation.Source, ct)))!;
        source.ShouldSatisfyAllConditions(
            s => s.Text.TrimEnd().ShouldBe(Call.TrimEnd()),
            s => s.Hash.ShouldBe(ContentHash.Of(s.Text)),
            s => s.Outlet.ShouldBe("Test Wire"),
            s => s.Published.ShouldBe(new DateOnly(2023, 7, 5)),
            s => s.Title.ShouldBe("Russian envoy calls on ASEAN deputy chief"));
        citation.Evidence.Single(e => e.Value == "Evgeny Zagaynov").Quote(source.Text).ShouldBe("Evgeny Zagaynov");
    }

    [Fact]
    public async Task Given_a_document_ingested_before_When_ingested_again_Then_nothing_changes()
    {
        await IngestAsync(("call.txt", Call));
        var before = await Store.ReadAsync((r, ct) => r.CountsAsync(ct));

        var again = await IngestAsync(("copy-of-call.txt", Call));

        again.AlreadyStored.ShouldBe(1);
        (await Store.ReadAsync((r, ct) => r.CountsAsync(ct))).ShouldBe(before);
    }

    [Fact]
    public async Task Given_two_outlets_reporting_one_call_When_ingested_Then_it_is_one_engagement_with_both_sources()
    {
        var report = await IngestAsync(("ministry.txt", Call), ("wire.txt", SameCallElsewhere));

        report.Created.ShouldBe(1);
        report.Merged.ShouldBe(1);
        var call = (await CallsAsync()).ShouldHaveSingleItem();
        call.Citations.Count.ShouldBe(2);
        call.Sectors.ShouldBe([Sector.Trade, Sector.Energy, Sector.Education], ignoreOrder: true);
        call.Flags.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_confirmed_call_When_a_report_that_disagrees_arrives_Then_the_record_is_unchanged_and_the_differences_are_flagged()
    {
        await IngestAsync(("call.txt", Call));
        var confirmed = await new ReviewDesk(Store).ConfirmAsync((await CallsAsync()).Single().Id);

        await IngestAsync(("later.txt", SameCallOtherwise));

        var call = (await CallsAsync()).ShouldHaveSingleItem();
        call.ShouldSatisfyAllConditions(
            c => c.Review.ShouldBe(ReviewState.Confirmed),
            c => c.When.ShouldBe(confirmed.When),
            c => c.Place.ShouldBe(confirmed.Place),
            c => c.Sectors.ShouldBe(confirmed.Sectors),
            c => c.Participants.ShouldBe(confirmed.Participants),
            c => c.Citations.Count.ShouldBe(2));
        call.Flags.Select(f => (f.Field, f.Proposed)).ShouldBe(
            [(EngagementField.Date, "2023-07-06"), (EngagementField.City, "Bandung"), (EngagementField.Sectors, "tourism")], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_a_person_named_by_surname_and_title_When_ingested_Then_it_is_the_person_known_by_full_name()
    {
        await IngestAsync(("call.txt", Call), ("later.txt", SameCallOtherwise));

        var people = await Store.ReadAsync((r, ct) => r.PeopleAsync(PeopleQuery.All, ct));
        people.Where(p => p.Name.Contains("Zagaynov", StringComparison.Ordinal)).ShouldHaveSingleItem().Name.ShouldBe("Evgeny Zagaynov");
        people.Single(p => p.Name == "Evgeny Zagaynov").Positions.ShouldContain(p => p.Affiliation == new ActorId("RU"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Given_a_person_in_a_new_post_When_reports_of_both_arrive_in_any_order_Then_each_day_has_the_title_held_that_day(bool laterFirst)
    {
        (string, string)[] reports = [("call.txt", Call), ("promoted.txt", Promoted)];
        await IngestAsync(laterFirst ? [.. reports.Reverse()] : reports);

        var people = await Store.ReadAsync((r, ct) => r.PeopleAsync(PeopleQuery.All, ct));
        var zagaynov = people.Where(p => p.Name.Contains("Zagaynov", StringComparison.Ordinal)).ShouldHaveSingleItem();
        zagaynov.PositionOn(new DateOnly(2023, 7, 5)).ShouldNotBeNull().Title.ShouldStartWith("Ambassador");
        zagaynov.PositionOn(new DateOnly(2025, 3, 12)).ShouldNotBeNull().Title.ShouldBe("Deputy Foreign Minister");
        zagaynov.PositionOn(new DateOnly(2025, 3, 12))!.From.ShouldBe(new DateOnly(2025, 3, 12));
    }

    [Fact]
    public async Task Given_a_person_named_without_a_title_When_the_store_knows_the_post_they_held_that_day_Then_they_take_part_in_it()
    {
        await IngestAsync(("promoted.txt", Promoted), ("call.txt", Call), ("untitled.txt", Untitled));

        var talks = (await EngagementsAsync(new EngagementQuery { Kind = EngagementKind.BilateralMeeting }))
            .Single(e => e.When?.Start == new DateOnly(2023, 7, 5));
        var zagaynov = talks.Participants.Single(p => p.Name == "Evgeny Zagaynov");
        zagaynov.Title.ShouldStartWith("Ambassador");
        zagaynov.Affiliation.ShouldBe(new ActorId("RU"));
    }

    [Fact]
    public async Task Given_a_numbered_sitting_and_a_plan_When_ingested_Then_they_are_the_mechanism_s_sitting_and_the_known_plan()
    {
        var plan = new Plan(new Key<Plan>("asean-ru-cpa-2021-2025"), "Comprehensive Plan of Action to Promote Cooperation between ASEAN and the Russian Federation (2021-2025)",
            "ASEAN-Russia CPA 2021-2025", [new ActorId("ASEAN"), new ActorId("RU")], 2021, 2025);
        await Store.WriteAsync(async (w, ct) => { await w.SavePlanAsync(plan, ct); return 0; });

        await IngestAsync(("arsom.txt", Arsom));

        var arsom = (await EngagementsAsync(new EngagementQuery { Mechanism = new Key<Mechanism>("asean-ru-som") })).ShouldHaveSingleItem();
        arsom.Sitting.ShouldBe(new SittingRef(new Key<Mechanism>("asean-ru-som"), 19));
        arsom.Plans.ShouldBe([plan.Id]);
    }

    [Fact]
    public async Task Given_a_broken_document_among_good_ones_When_ingested_Then_it_is_reported_and_the_others_are_stored()
    {
        var failures = new List<DocumentIngestion>();
        var path = folder.File("broken.pdf");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("%PDF-1.7 this is no PDF"));
        var good = folder.File("call.txt");
        File.WriteAllText(good, Call);
        var runner = new ExtractionRunner(Extractor.Default, ExtractionOptions.Default with { Parallelism = 1 });

        var report = await new Ingestor(runner, Store).IngestAsync([DocumentSource.FromFile(path), DocumentSource.FromFile(good)], new IngestOptions(),
            onDocument: d => { if (d.Outcome == DocumentOutcome.Failed) { failures.Add(d); } });

        report.Failed.ShouldBe(1);
        report.Stored.ShouldBe(1);
        failures.ShouldHaveSingleItem().Location.ShouldBe(path);
        (await CallsAsync()).ShouldHaveSingleItem();
    }
}
