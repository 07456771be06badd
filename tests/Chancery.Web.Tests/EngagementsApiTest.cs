using System.Net;
using System.Text.Json;

namespace Chancery.Web.Tests;

/// <summary><c>/api/v1/engagements</c> and the OpenAPI document, as a script sees them.</summary>
public sealed class EngagementsApiTest(WebServer server) : IClassFixture<WebServer>
{
    private async Task<JsonElement> JsonAsync(string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await server.Client.GetAsync(path);
        response.StatusCode.ShouldBe(status, path);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Given_the_log_When_listed_a_page_at_a_time_Then_pages_link_to_each_other_and_cover_every_row_once()
    {
        var first = await JsonAsync("/api/v1/engagements?page_size=2");
        var second = await JsonAsync(first.GetProperty("next").GetString()!);

        first.GetProperty("total").GetInt32().ShouldBe(3);
        first.GetProperty("items").GetArrayLength().ShouldBe(2);
        first.GetProperty("previous").ValueKind.ShouldBe(JsonValueKind.Null);
        second.GetProperty("items").GetArrayLength().ShouldBe(1);
        second.GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);
        first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("date").GetString())
            .ShouldBe(["2023-07-06", "2023-07-05", "2023-04-29"]);
    }

    [Fact]
    public async Task Given_an_engagement_When_fetched_Then_it_has_its_people_and_evidence_quoted_from_the_source()
    {
        var call = await JsonAsync($"/api/v1/engagements/{server.Call.Value}");

        call.GetProperty("kind").GetString().ShouldBe("courtesy-call");
        call.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Michael Tene", "Evgeny Zagaynov"]);
        call.GetProperty("sources")[0].GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("quote").GetString()).ShouldContain("Evgeny Zagaynov");
    }

    [Fact]
    public async Task Given_a_filter_that_is_not_understood_When_listed_Then_the_answer_is_a_problem_naming_each_parameter()
    {
        using var response = await server.Client.GetAsync("/api/v1/engagements?kind=banquet&year=99999&page_size=0");
        var problem = await JsonAsync("/api/v1/engagements?kind=banquet&year=99999&page_size=0", HttpStatusCode.BadRequest);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["kind", "year", "page_size"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_no_such_engagement_When_fetched_Then_the_answer_is_a_not_found_problem()
    {
        var problem = await JsonAsync("/api/v1/engagements/424242", HttpStatusCode.NotFound);

        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("detail").GetString().ShouldBe("There is no engagement #424242.");
    }

    [Fact]
    public async Task Given_the_api_When_its_openapi_document_is_read_Then_it_describes_every_endpoint()
    {
        var document = await JsonAsync("/openapi/v1.json");

        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("Chancery API");
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}")).ShouldBe(
            ["GET /api/v1/engagements", "POST /api/v1/engagements", "GET /api/v1/engagements/{id}", "PATCH /api/v1/engagements/{id}",
             "POST /api/v1/engagements/{id}/confirm", "POST /api/v1/engagements/{id}/reject",
             "GET /api/v1/partners", "GET /api/v1/partners/{code}", "POST /api/v1/partners/{code}/statuses",
             "GET /api/v1/people", "POST /api/v1/people", "GET /api/v1/people/{id}", "PATCH /api/v1/people/{id}",
             "GET /api/v1/mechanisms", "GET /api/v1/mechanisms/{id}", "POST /api/v1/mechanisms/{id}/sittings",
             "GET /api/v1/sources", "POST /api/v1/sources", "GET /api/v1/sources/{id}",
             "GET /api/v1/plans", "GET /api/v1/plans/{id}"], ignoreOrder: true);
    }
}
