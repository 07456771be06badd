using Chancery.Domain;
using Chancery.Store;
using Chancery.Testing;

namespace Chancery.App.Tests;

public sealed class DemoLoaderTest : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();
    private Workspace workspace = null!;

    private IChanceryStore Store => workspace.Store;

    public async Task InitializeAsync() =>
        workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("demo.db"), IsDefault: true), OpenMode.Existing);

    public async Task DisposeAsync()
    {
        await workspace.DisposeAsync();
        folder.Dispose();
    }

    private Task<EngagementPage> Find(EngagementQuery query) =>
        Store.ReadAsync((r, ct) => r.FindEngagementsAsync(query with { Clearance = Classification.Confidential }, ct));

    [Fact]
    public async Task The_seed_s_courtesy_call_is_there_with_its_people_place_and_evidence()
    {
        var page = await Find(new EngagementQuery { Party = new ActorId("RU"), Kind = EngagementKind.CourtesyCall, Since = new DateOnly(2023, 7, 5), Until = new DateOnly(2023, 7, 5) });
        var call = (await Store.ReadAsync((r, ct) => r.EngagementAsync(page.Rows.Single().Id, ct)))!;

        call.Place.ShouldBe(new Place { Venue = "ASEAN Secretariat", City = "Jakarta", Country = new ActorId("ID") });
        call.Participants.Select(p => (p.Name, p.Title, p.Affiliation?.Value)).ShouldBe(
            [("Michael Tene", "Deputy Secretary-General", "ASEAN"), ("Evgeny Zagaynov", "Ambassador", "RU")], ignoreOrder: true);
        call.Stances.ShouldBe([new ActorStance(new ActorId("RU"), Stance.SupportsAseanCentrality)]);
        call.Review.ShouldBe(ReviewState.Confirmed);

        var citation = call.Citations.Single();
        var source = (await Store.ReadAsync((r, ct) => r.SourceAsync(citation.Source, ct)))!;
        var quotes = citation.Evidence.ToDictionary(e => e.Value ?? e.Field.ToString(), e => e.Quote(source.Text));
        quotes["Evgeny Zagaynov"].ShouldBe("Evgeny Zagaynov");
        quotes["Michael Tene"].ShouldBe("Michael Tene");
        quotes["2023-07-05"].ShouldBe("5 July 2023");
        quotes["Jakarta"]!.ToUpperInvariant().ShouldBe("JAKARTA");
        quotes["ASEAN Secretariat"].ShouldBe("ASEAN Secretariat");
    }

    [Fact]
    public async Task The_19th_ARSOM_of_29_April_2023_in_Siem_Reap_is_a_sitting_of_the_ARSOM_tied_to_the_CPA()
    {
        var arsom = (await Find(new EngagementQuery { Mechanism = new Key<Mechanism>("asean-ru-som") })).Rows
            .Single(r => r.Sitting?.Ordinal == 19);
        var engagement = (await Store.ReadAsync((r, ct) => r.EngagementAsync(arsom.Id, ct)))!;
        var mechanism = (await Store.ReadAsync((r, ct) => r.MechanismAsync(new Key<Mechanism>("asean-ru-som"), ct)))!;

        engagement.When.ShouldBe(new DateSpan(new DateOnly(2023, 4, 29)));
        engagement.Place.City.ShouldBe("Siem Reap");
        engagement.Place.Country.ShouldBe(new ActorId("KH"));
        engagement.Plans.ShouldBe([new Key<Plan>("asean-ru-cpa-2021-2025")]);
        mechanism.Sittings.Select(s => s.Ordinal).ShouldContain(19);
        mechanism.ExpectedNext()!.Ordinal.ShouldBe(20);
    }

    [Fact]
    public async Task The_ASEAN_Russia_CPA_2021_2025_has_sections_and_action_lines()
    {
        var cpa = (await Store.ReadAsync((r, ct) => r.PlanAsync(new Key<Plan>("asean-ru-cpa-2021-2025"), ct)))!;

        cpa.ShortTitle.ShouldBe("CPA 2021-2025");
        cpa.Sections.Count.ShouldBeGreaterThanOrEqualTo(3);
        cpa.ActionLines.Count().ShouldBeGreaterThanOrEqualTo(6);
        cpa.ActionLines.ShouldAllBe(line => line.Sector != null);
    }

    [Fact]
    public async Task The_demo_spans_many_partners_kinds_and_years()
    {
        var rows = (await Find(new EngagementQuery())).Rows;

        rows.Count.ShouldBeGreaterThanOrEqualTo(62);
        rows.SelectMany(r => r.Parties).Where(p => p.Value != "ASEAN").Distinct().Count().ShouldBeGreaterThanOrEqualTo(15);
        rows.Select(r => r.Kind).Distinct().Count().ShouldBeGreaterThanOrEqualTo(9);
        rows.Where(r => r.When is not null).Select(r => r.When!.Value.Start.Year).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8);
        rows.ShouldContain(r => r.Review == ReviewState.Draft);
    }

    [Fact]
    public async Task Every_evidence_span_of_the_demo_lies_within_its_source()
    {
        var ids = (await Find(new EngagementQuery())).Rows.Select(r => r.Id).ToList();
        var engagements = await Store.ReadAsync((r, ct) => r.EngagementsAsync(ids, ct));

        foreach (var citation in engagements.SelectMany(e => e.Citations))
        {
            var text = (await Store.ReadAsync((r, ct) => r.SourceAsync(citation.Source, ct)))!.Text;
            citation.Evidence.ShouldAllBe(span => span.End <= text.Length);
        }
    }

    [Fact]
    public async Task Loading_the_demo_again_changes_nothing()
    {
        var before = await Store.ReadAsync((r, ct) => r.CountsAsync(ct));

        var again = await DemoLoader.LoadAsync(Store);

        again.AlreadyLoaded.ShouldBeTrue();
        (await Store.ReadAsync((r, ct) => r.CountsAsync(ct))).ShouldBe(before);
    }
}
