using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chancery.Domain;

namespace Chancery.Web.Tests;

/// <summary>Scripts change records through the API with an editor's token, and only within the editor's clearance.</summary>
public sealed class ApiWritesTest(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task Given_an_editor_s_token_When_patching_a_record_they_may_see_Then_the_fields_change_and_the_record_comes_back()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var response = await client.PatchAsJsonAsync($"/api/v1/engagements/{server.Briefing.Value}", new { city = "Vientiane", country = "LA", date = "2022-09-15" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("city").GetString().ShouldBe("Vientiane");
        var stored = await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Briefing, ct));
        stored!.When.ShouldBe(new DateSpan(new DateOnly(2022, 9, 15)));
    }

    [Fact]
    public async Task Given_an_editor_When_classifying_a_record_above_their_own_clearance_Then_it_is_refused()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var response = await client.PatchAsJsonAsync($"/api/v1/engagements/{server.Briefing.Value}", new { classification = "confidential" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("you are cleared for restricted records");
    }

    [Fact]
    public async Task Given_an_editor_When_patching_a_record_above_their_clearance_Then_it_is_not_found_and_unchanged()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var response = await client.PatchAsJsonAsync($"/api/v1/engagements/{server.Secret.Value}", new { city = "Moscow" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Secret, ct)))!.Place.City.ShouldBeNull();
    }

    [Fact]
    public async Task Given_a_viewer_s_token_When_confirming_Then_it_is_forbidden()
    {
        using var client = server.ApiClient(server.AnalystToken);

        using var response = await client.PostAsync($"/api/v1/engagements/{server.Briefing.Value}/confirm", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_an_editor_signed_in_with_a_cookie_When_patching_through_the_api_Then_it_is_unauthorised()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("officer", server.Passwords["officer"])).Dispose();

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/engagements/{server.Briefing.Value}") { Content = JsonContent.Create(new { city = "Paris" }) });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_patch_that_is_not_understood_When_sent_Then_each_field_s_problem_is_named()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var response = await client.PatchAsJsonAsync($"/api/v1/engagements/{server.Briefing.Value}", new { date = "2022-13-45", kind = "banquet", country = "not a code" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["date", "kind", "country"], ignoreOrder: true);
    }

    [Fact]
    public async Task Given_an_editor_s_token_When_confirming_a_draft_Then_it_is_confirmed()
    {
        using var client = server.ApiClient(server.OfficerToken);

        using var response = await client.PostAsync($"/api/v1/engagements/{server.Briefing.Value}/confirm", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Briefing, ct)))!.Review.ShouldBe(ReviewState.Confirmed);
    }
}
