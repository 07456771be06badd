using System.Net;

namespace Chancery.Web.Tests;

/// <summary>People, mechanisms, sources and the network of who met whom, as pages, at the visitor's clearance.</summary>
public sealed class DirectoryPagesTest(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task Given_people_When_listed_Then_their_positions_show_and_those_known_only_from_confidential_talks_do_not()
    {
        var html = await server.Client.GetStringAsync("/people");

        html.ShouldContain("Evgeny Zagaynov");
        html.ShouldNotContain("Kurilov");
        (await server.Client.GetAsync($"/people/{server.Kurilov.Value}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_person_When_their_page_is_opened_Then_it_lists_the_engagements_they_took_part_in()
    {
        var people = await server.Store.ReadAsync((r, ct) => r.PeopleAsync(new Store.PeopleQuery { Name = Store.SearchText.Parse("Tene") }, ct));

        var html = await server.Client.GetStringAsync($"/people/{people.Single().Id.Value}");

        html.ShouldContain("Ambassador Zagaynov paid a courtesy call");
    }

    [Fact]
    public async Task Given_the_mechanisms_When_listed_Then_the_arsom_shows_its_latest_sitting_and_the_next_expected()
    {
        var html = await server.Client.GetStringAsync("/mechanisms");

        html.ShouldContain("ASEAN-Russia Senior Officials");
        html.ShouldContain("19th, 29 Apr 2023");
        html.ShouldContain("20th, around Apr 2024");
    }

    [Fact]
    public async Task Given_sources_When_opened_Then_a_public_one_shows_its_text_and_a_confidential_one_is_not_found()
    {
        (await server.Client.GetAsync($"/sources/{server.SecretSource.Value}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var call = await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Call, ct));

        var html = await server.Client.GetStringAsync($"/sources/{call!.Citations[0].Source.Value}");

        html.ShouldContain("Russia&#x27;s envoy to ASEAN");
    }

    [Fact]
    public async Task Given_the_network_When_drawn_Then_people_who_met_are_joined_and_the_confidential_talks_add_no_one()
    {
        var html = await server.Client.GetStringAsync("/network");

        html.ShouldContain("<svg class=\"network\"");
        html.ShouldContain("Michael Tene and Evgeny Zagaynov: 1");
        html.ShouldNotContain("Kurilov");
    }
}
