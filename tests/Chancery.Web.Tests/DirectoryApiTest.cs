using System.Net;
using System.Text.Json;

namespace Chancery.Web.Tests;

/// <summary>People, mechanisms and sources through the API: what is known only from confidential records stays hidden.</summary>
public sealed class DirectoryApiTest(WebServer server) : IClassFixture<WebServer>
{
    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(path));
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Given_a_person_known_only_from_confidential_talks_When_people_are_listed_Then_only_those_cleared_find_them()
    {
        using var analyst = server.ApiClient(server.AnalystToken);

        (await JsonAsync(server.Client, "/api/v1/people?q=Kurilov")).GetArrayLength().ShouldBe(0);
        (await server.Client.GetAsync($"/api/v1/people/{server.Kurilov.Value}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await JsonAsync(analyst, "/api/v1/people?q=Kurilov")).GetArrayLength().ShouldBe(1);
        (await JsonAsync(server.Client, "/api/v1/people?q=Zagaynov"))[0].GetProperty("name").GetString().ShouldBe("Evgeny Zagaynov");
    }

    [Fact]
    public async Task Given_a_sitting_known_only_from_confidential_talks_When_mechanisms_are_shown_Then_only_those_cleared_see_it()
    {
        using var analyst = server.ApiClient(server.AnalystToken);

        static IEnumerable<int> Ordinals(JsonElement mechanisms) => mechanisms.EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == "asean-ru-som").GetProperty("sittings").EnumerateArray().Select(s => s.GetProperty("ordinal").GetInt32());

        Ordinals(await JsonAsync(server.Client, "/api/v1/mechanisms?partner=RU")).ShouldNotContain(20);
        Ordinals(await JsonAsync(analyst, "/api/v1/mechanisms?partner=RU")).ShouldContain(20);
        (await server.Client.GetStringAsync("/partners/RU")).ShouldNotContain("20 (2024)");
    }

    [Fact]
    public async Task Given_a_confidential_source_When_fetched_Then_only_those_cleared_read_it()
    {
        using var analyst = server.ApiClient(server.AnalystToken);

        (await server.Client.GetAsync($"/api/v1/sources/{server.SecretSource.Value}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await JsonAsync(analyst, $"/api/v1/sources/{server.SecretSource.Value}")).GetProperty("text").GetString()!.ShouldContain("Kuril question");
    }
}
