using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chancery.Testing;

namespace Chancery.Web.Tests;

/// <summary>
/// Editors' scripts keep the registry through the API: engagements known first-hand, people and their positions,
/// sittings of mechanisms, partnerships' statuses, and documents to read.
/// </summary>
public sealed class ApiRegistryTest(WebServer server) : IClassFixture<WebServer>
{
    private const string Release =
        "JAKARTA, 12 March 2024 - The Secretary-General of ASEAN, Dr. Kao Kim Hourn, received a courtesy call from the Ambassador of "
        + "Japan to ASEAN, H.E. Kiya Masahiko, at the ASEAN Secretariat today. They discussed cooperation in disaster management.";

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Given_an_editor_When_recording_an_engagement_Then_it_is_stored_confirmed_and_answers_at_its_address()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var response = await client.PostAsJsonAsync("/api/v1/engagements", new
        {
            date = "2024-05-20", kind = "courtesy-call", parties = new[] { "ASEAN", "RU" }, mechanism = "asean-ru-som", ordinal = 21,
            participants = new[] { new { person = server.Tene.Value, name = "Michael Tene", title = "Deputy Secretary-General", affiliation = "ASEAN" } },
            city = "Jakarta", country = "ID", sectors = new[] { "trade" }, summary = "Hand-entered call", classification = "restricted",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await JsonOf(response);
        response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/engagements/{created.GetProperty("id").GetInt64()}");
        using var again = await client.GetAsync(response.Headers.Location);
        var stored = await JsonOf(again);
        stored.GetProperty("review").GetString().ShouldBe("confirmed");
        stored.GetProperty("classification").GetString().ShouldBe("restricted");
        stored.GetProperty("city").GetString().ShouldBe("Jakarta");
        stored.GetRawText().ShouldContain("Michael Tene");
    }

    [Fact]
    public async Task Given_an_engagement_with_a_party_the_store_does_not_hold_When_recorded_Then_it_is_refused_naming_it()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var response = await client.PostAsJsonAsync("/api/v1/engagements", new { date = "2024-05-20", kind = "courtesy-call", parties = new[] { "ASEAN", "XX" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("XX");
    }

    [Fact]
    public async Task Given_a_new_person_When_renamed_and_given_a_position_Then_the_old_name_stays_as_an_alias()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var added = await client.PostAsJsonAsync("/api/v1/people", new
        {
            name = "Alexander Ivanov",
            positions = new[] { new { title = "Ambassador", affiliation = "RU", accredited_to = "ASEAN", from = "2019-01-10", to = "2021-08-31" } },
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await JsonOf(added)).GetProperty("id").GetInt64();
        using var patched = await client.PatchAsJsonAsync($"/api/v1/people/{id}", new
        {
            name = "Alexander A. Ivanov",
            positions = new[] { new { title = "Director", affiliation = "RU", from = "2021-09-01" } },
        });

        patched.StatusCode.ShouldBe(HttpStatusCode.OK);
        var person = await JsonOf(await client.GetAsync($"/api/v1/people/{id}"));
        person.GetProperty("name").GetString().ShouldBe("Alexander A. Ivanov");
        person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(["Alexander Ivanov"]);
        person.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("title").GetString()).ShouldBe(["Ambassador", "Director"]);
    }

    [Fact]
    public async Task Given_a_position_that_ends_before_it_begins_When_added_Then_the_field_is_named()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var response = await client.PostAsJsonAsync("/api/v1/people", new { name = "Ana Cruz", positions = new[] { new { title = "Envoy", affiliation = "PH", from = "2022-01-01", to = "2021-01-01" } } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await JsonOf(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["positions[0].to"]);
    }

    [Fact]
    public async Task Given_a_mechanism_When_an_editor_records_its_next_sitting_Then_the_cadence_expects_the_one_after()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var response = await client.PostAsJsonAsync("/api/v1/mechanisms/asean-ru-som/sittings", new { ordinal = 22, date = "2025-05-14", city = "Kazan", country = "RU" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var mechanism = await JsonOf(response);
        mechanism.GetProperty("sittings").EnumerateArray().Last().GetProperty("city").GetString().ShouldBe("Kazan");
        mechanism.GetProperty("expected_next").GetProperty("ordinal").GetInt32().ShouldBe(23);
    }

    [Fact]
    public async Task Given_a_partnership_When_a_later_status_is_recorded_Then_it_becomes_current_and_an_earlier_one_is_refused()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var later = await client.PostAsJsonAsync("/api/v1/partners/RU/statuses", new { status = "comprehensive-strategic-partner", since = "2026-10-01" });
        using var earlier = await client.PostAsJsonAsync("/api/v1/partners/RU/statuses", new { status = "strategic-partner", since = "2019" });

        later.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonOf(later)).GetProperty("status").GetString().ShouldBe("comprehensive-strategic-partner");
        earlier.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await earlier.Content.ReadAsStringAsync()).ShouldContain("begins after the current one");
    }

    [Fact]
    public async Task Given_a_press_release_sent_as_text_When_sent_twice_Then_it_is_read_into_drafts_once()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var first = await client.PostAsJsonAsync("/api/v1/sources", new { text = Release, name = "kao-kiya", outlet = "ASEAN Secretariat" });
        using var second = await client.PostAsJsonAsync("/api/v1/sources", new { text = Release });

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var outcome = (await JsonOf(first)).EnumerateArray().Single();
        outcome.GetProperty("outcome").GetString().ShouldBe("stored");
        var engagement = outcome.GetProperty("created").EnumerateArray().Single().GetInt64();
        var record = await JsonOf(await client.GetAsync($"/api/v1/engagements/{engagement}"));
        record.GetProperty("kind").GetString().ShouldBe("courtesy-call");
        record.GetProperty("review").GetString().ShouldBe("draft");
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonOf(second)).EnumerateArray().Single().GetProperty("outcome").GetString().ShouldBe("already-stored");
    }

    [Fact]
    public async Task Given_sources_When_listed_a_page_at_a_time_Then_the_newest_come_first_with_their_opening_words()
    {
        using var client = server.ApiClient(server.AnalystToken);

        var firstPage = (await JsonOf(await client.GetAsync("/api/v1/sources?page_size=2"))).EnumerateArray().ToList();
        var secondPage = (await JsonOf(await client.GetAsync("/api/v1/sources?page_size=2&page=2"))).EnumerateArray().ToList();

        var ids = firstPage.Concat(secondPage).Select(s => s.GetProperty("id").GetInt64()).ToList();
        ids.ShouldBe(ids.OrderDescending().ToList());
        ids.Distinct().Count().ShouldBe(4);
        firstPage.Select(s => s.GetProperty("excerpt").GetString()).ShouldAllBe(e => !string.IsNullOrWhiteSpace(e));
    }

    [Fact]
    public async Task Given_a_plan_of_action_When_read_Then_it_counts_its_action_lines_by_status()
    {
        var plan = await JsonOf(await server.Client.GetAsync($"/api/v1/plans/{Samples.Cpa.Value}"));

        var progress = plan.GetProperty("progress");
        var lines = plan.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("action_lines").EnumerateArray()).ToList();
        progress.GetProperty("total").GetInt32().ShouldBe(lines.Count);
        progress.GetProperty("implemented").GetInt32().ShouldBe(lines.Count(l => l.GetProperty("status").GetString() == "implemented"));
    }
}
