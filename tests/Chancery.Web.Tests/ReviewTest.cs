using System.Net;
using System.Text.Json;
using Chancery.Domain;

namespace Chancery.Web.Tests;

/// <summary>Editors review in the browser; viewers may not; scripts read with API tokens.</summary>
public sealed class ReviewTest(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task Given_an_editor_When_confirming_a_draft_from_its_page_Then_it_is_confirmed()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("editor", server.Passwords["editor"])).Dispose();
        var page = $"/engagements/{server.Hostile.Value}";

        using var response = await browser.SubmitAsync(page, $"{page}/confirm");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Hostile, ct));
        stored!.Review.ShouldBe(ReviewState.Confirmed);
    }

    [Fact]
    public async Task Given_an_editor_When_the_review_queue_is_opened_Then_it_lists_the_drafts_they_may_see()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("editor", server.Passwords["editor"])).Dispose();

        var html = await browser.GetStringAsync("/review");

        html.ShouldContain("19th ASEAN-Russia Senior Officials");
        html.ShouldNotContain("Kuril");
    }

    [Fact]
    public async Task Given_a_viewer_When_trying_to_confirm_or_to_open_the_queue_Then_nothing_changes()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("viewer", server.Passwords["viewer"])).Dispose();

        using var queue = await browser.GetAsync("/review");
        using var confirm = await browser.PostAsync($"/engagements/{server.Arsom.Value}/confirm");

        queue.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        confirm.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        (await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Arsom, ct)))!.Review.ShouldBe(ReviewState.Draft);
    }

    [Fact]
    public async Task Given_an_editor_cleared_for_public_records_When_confirming_a_confidential_one_Then_it_is_not_found()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("editor", server.Passwords["editor"])).Dispose();
        var token = await browser.TokenOfAsync("/review");

        using var response = await browser.PostAsync($"/engagements/{server.Secret.Value}/confirm", ("__RequestVerificationToken", token));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Secret, ct)))!.Review.ShouldBe(ReviewState.Draft);
    }

    [Fact]
    public async Task Given_an_api_token_When_a_script_lists_engagements_Then_it_sees_what_its_user_may()
    {
        using var client = server.ApiClient(server.AnalystToken);

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/engagements?q=Kuril"));

        list.RootElement.GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_token_chancery_never_issued_When_a_script_calls_Then_it_is_unauthorised()
    {
        using var client = server.ApiClient("chy_0000");

        using var response = await client.GetAsync("/api/v1/engagements");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
