using System.Text.Json;

namespace Chancery.Cli.Tests;

public sealed class ListCommandsTest(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public async Task Given_the_demo_when_listing_people_then_a_table_shows_names_and_positions()
    {
        var run = await demo.RunAsync("people", "--query", "Tene");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Michael Tene");
        run.Output.ShouldContain("Deputy Secretary-General, ASEAN (ASEAN Political-Security Community)");
        run.Output.ShouldContain("1 person");
    }

    [Fact]
    public async Task Given_a_partner_when_listing_people_as_json_then_each_served_it()
    {
        var people = JsonDocument.Parse((await demo.RunAsync("people", "--partner", "RU", "--json")).Output).RootElement.EnumerateArray().ToList();

        people.Count.ShouldBeGreaterThan(3);
        people.ShouldAllBe(p => p.GetProperty("positions").EnumerateArray().Any(position => position.GetProperty("affiliation").GetString() == "RU"));
        people.ShouldContain(p => p.GetProperty("name").GetString() == "Evgeny Zagaynov");
    }

    [Fact]
    public async Task Given_Russia_when_listing_mechanisms_then_the_ARSOM_shows_its_19th_sitting_and_expects_the_20th()
    {
        var run = await demo.RunAsync("mechanisms", "--partner", "Russia");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("ARSOM");
        run.Output.ShouldContain("19th, 2023-04-29");
        run.Output.ShouldContain("20th ~2024-04-29");
    }

    [Fact]
    public async Task Given_json_when_listing_mechanisms_then_sittings_and_the_expected_next_are_written()
    {
        var mechanisms = JsonDocument.Parse((await demo.RunAsync("mechanisms", "--json")).Output).RootElement.EnumerateArray().ToList();
        var arsom = mechanisms.Single(m => m.GetProperty("id").GetString() == "asean-ru-som");

        arsom.GetProperty("cadence").GetString().ShouldBe("annual");
        arsom.GetProperty("sittings").EnumerateArray().Select(s => s.GetProperty("ordinal").GetInt32()).ShouldContain(19);
        arsom.GetProperty("expected_next").GetProperty("ordinal").GetInt32().ShouldBe(20);
        mechanisms.Count.ShouldBeGreaterThan(60);
    }

    [Fact]
    public async Task Given_the_demo_when_listing_partners_then_each_shows_its_status_since_and_coordinator()
    {
        var run = await demo.RunAsync("partners");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("Russia");
        run.Output.ShouldContain("Strategic partner");
        run.Output.ShouldContain("2018-11-14");
        run.Output.ShouldContain("Comprehensive strategic partner");
        run.Output.ShouldContain("Sectoral dialogue partner");
    }

    [Fact]
    public async Task Given_json_when_listing_partners_then_the_status_history_is_written()
    {
        var partners = JsonDocument.Parse((await demo.RunAsync("partners", "--json")).Output).RootElement.EnumerateArray().ToList();
        var india = partners.Single(p => p.GetProperty("id").GetString() == "IN");

        partners.Count.ShouldBe(20);
        india.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString())
            .ShouldBe(["sectoral-dialogue-partner", "dialogue-partner", "strategic-partner", "comprehensive-strategic-partner"]);
        india.GetProperty("engagements").GetInt32().ShouldBeGreaterThan(0);
    }
}
