using Chancery.Domain;
using Chancery.Store.Tests.Postgres;
using Chancery.Store.Tests.Sqlite;
using Chancery.Testing;

namespace Chancery.Store.Tests;

/// <summary><see cref="StoreCopy"/>: a store copied from SQLite to PostgreSQL and back holds what it held, ids and all.</summary>
public sealed class StoreCopyTest
{
    [Fact]
    public async Task Given_a_SQLite_store_when_copied_to_PostgreSQL_and_back_then_every_record_count_and_search_is_the_same()
    {
        await using var original = await SqliteFixture.NewAsync();
        await using var postgres = await PostgresFixture.NewAsync();
        await using var back = await SqliteFixture.NewAsync();
        await FillAsync(original);

        var there = await StoreCopy.CopyAsync(original, postgres);
        var returned = await StoreCopy.CopyAsync(postgres, back);

        there.Single(t => t.Table == "engagement").Rows.ShouldBe(3);
        returned.ShouldBe(there);
        var expected = await SnapshotAsync(original);
        (await SnapshotAsync(postgres)).ShouldBeEquivalentTo(expected);
        (await SnapshotAsync(back)).ShouldBeEquivalentTo(expected);
    }

    [Fact]
    public async Task Given_a_copy_when_a_record_is_added_then_it_takes_an_id_after_the_copied_ones()
    {
        await using var original = await SqliteFixture.NewAsync();
        await using var postgres = await PostgresFixture.NewAsync();
        await FillAsync(original);
        await StoreCopy.CopyAsync(original, postgres);

        var added = await postgres.WriteAsync((w, _) => w.SavePersonAsync(new Person("Kao Kim Hourn")));

        added.Value.ShouldBe(3);
    }

    [Fact]
    public async Task Given_a_target_with_data_when_copied_into_then_it_is_refused_and_left_as_it_was()
    {
        await using var original = await SqliteFixture.NewAsync();
        await using var target = await PostgresFixture.NewAsync();
        await FillAsync(original);
        await target.WriteAsync(async (w, _) => { await w.SaveActorAsync(Samples.RussiaActor); return 0; });

        var error = await Should.ThrowAsync<StoreException>(() => StoreCopy.CopyAsync(original, target));

        error.Message.ShouldContain("is not empty");
        (await target.ReadAsync((r, _) => r.CountsAsync())).Actors.ShouldBe(1);
    }

    /// <summary>The seed's world, with a later report's flag, an editor's link to an action line, and a user with a token.</summary>
    private static Task FillAsync(IChanceryStore store) => store.WriteAsync(async (w, _) =>
    {
        var call = (await StoreContract.SeedAsync(w)).CourtesyCall;
        await w.SavePartnershipAsync(Samples.RussiaPartnership);
        await w.SaveEngagementAsync(new Engagement { Kind = EngagementKind.Summit, Parties = [Samples.Asean, Samples.Russia], Summary = "Undated summit at Kazan" });
        var later = await w.SaveSourceAsync(new Source { Text = "The Deputy Secretary-General met Zagaynov in Bali.", Outlet = "Bernama" });
        await w.AddCitationAsync(call, new Citation(later, CitationRole.Mentioned), [new ReviewFlag(EngagementField.City, "Bali", later)]);
        await w.LinkActionLineAsync(Samples.Cpa, ActionLineNumber.Parse("1.1"), call, accepted: true);
        var user = await w.SaveUserAsync(new UserAccount("Desk", Role.Editor, Classification.Restricted, "hash") { FailedSignIns = 2 });
        await w.AddApiTokenAsync(user, "script", "token-hash");
        await w.SetMetaAsync("demo", "loaded");
        return 0;
    });

    private static Task<object> SnapshotAsync(IChanceryStore store) => store.ReadAsync<object>(async (r, _) =>
    {
        var log = await r.FindEngagementsAsync(new EngagementQuery { Clearance = Classification.Confidential });
        return new
        {
            Actors = await r.ActorsAsync(),
            Partnerships = await r.PartnershipsAsync(),
            Mechanisms = await r.MechanismsAsync(),
            People = await r.PeopleAsync(new PeopleQuery { Clearance = Classification.Confidential }),
            Plans = await r.PlansAsync(),
            Sources = await r.RecentSourcesAsync(Classification.Confidential, 0, 100),
            Log = log,
            Engagements = await r.EngagementsAsync([.. log.Rows.Select(row => row.Id)]),
            Links = await r.ActionLineLinksAsync(log.Rows[0].Id),
            Tally = (await r.TallyAsync(Classification.Confidential)).OrderBy(t => t.Actor.Value).ThenBy(t => t.Year).ThenBy(t => t.Kind).ToList(),
            Counts = await r.CountsAsync(),
            Spans = await r.EvidenceSpansAsync(),
            Users = await r.UsersAsync(),
            Token = await r.UserByTokenAsync("token-hash"),
            Meta = await r.MetaAsync("demo"),
            Found = (await r.FindEngagementsAsync(new EngagementQuery { Clearance = Classification.Confidential, Text = SearchText.Parse("zagay") })).Rows,
            FoundSources = (await r.SearchSourcesAsync(SearchText.Parse("Bali")!, Classification.Confidential, 10)).Select(s => s.Id).ToList(),
        };
    });
}
