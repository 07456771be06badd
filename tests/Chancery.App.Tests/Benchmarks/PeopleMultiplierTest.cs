using Chancery.App.Benchmarks;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Testing;

namespace Chancery.App.Tests.Benchmarks;

public sealed class PeopleMultiplierTest
{
    [Fact]
    public async Task Given_the_demo_When_people_are_grown_Then_the_store_holds_that_many_each_with_a_real_position()
    {
        using var folder = new TemporaryDirectory();
        await using var workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("people.db"), IsDefault: false), OpenMode.Initialise);
        await DemoLoader.LoadAsync(workspace.Store);
        var demo = await workspace.Store.ReadAsync((r, ct) => r.PeopleAsync(PeopleQuery.All, ct));

        var people = await PeopleMultiplier.GrowAsync(workspace.Store, 3_000);

        people.Count.ShouldBe(3_000);
        people.Select(p => p.Id).Distinct().Count().ShouldBe(3_000);
        var stored = await workspace.Store.ReadAsync((r, ct) => r.PeopleAsync(PeopleQuery.All, ct));
        stored.Count.ShouldBe(3_000);
        var grown = stored.Where(p => !demo.Any(d => d.Id == p.Id)).ToList();
        grown.ShouldAllBe(p => System.Text.RegularExpressions.Regex.IsMatch(p.Name, @"^\S+ [A-Z]\. \S+$"));
        var titles = demo.SelectMany(d => d.Positions).Select(p => $"{p.Title} ({p.Affiliation})").ToHashSet();
        grown.SelectMany(p => p.Positions).Select(p => $"{p.Title} ({p.Affiliation})").ShouldAllBe(title => titles.Contains(title));
    }

    [Fact]
    public async Task Given_many_people_When_the_log_is_grown_Then_the_copies_name_them_as_participants()
    {
        using var folder = new TemporaryDirectory();
        await using var workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("spread.db"), IsDefault: false), OpenMode.Initialise);
        await DemoLoader.LoadAsync(workspace.Store);
        var people = await PeopleMultiplier.GrowAsync(workspace.Store, 1_000);

        await EngagementMultiplier.GrowAsync(workspace.Store, 1_000, people: people);

        var page = await workspace.Store.ReadAsync((r, ct) => r.FindEngagementsAsync(new EngagementQuery { Clearance = Classification.Confidential, Limit = 1_000 }, ct));
        var engagements = await workspace.Store.ReadAsync((r, ct) => r.EngagementsWithoutEvidenceAsync([.. page.Rows.Select(row => row.Id)], ct));
        var named = engagements.SelectMany(e => e.Participants).Select(p => p.Person).Distinct().Count();
        named.ShouldBeGreaterThan(500);
        var names = people.ToDictionary(p => p.Id, p => p.Name);
        engagements.SelectMany(e => e.Participants).ShouldAllBe(p => names[p.Person] == p.Name);
    }
}
