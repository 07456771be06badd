using System.Net;

namespace Chancery.Web.Tests;

/// <summary>A plan's page, and editors linking engagements to its action lines from the engagement's page.</summary>
public sealed class PlansPageTest(WebServer server) : IClassFixture<WebServer>
{
    private const string Plan = "/plans/asean-ru-cpa-2021-2025";

    [Fact]
    public async Task Given_a_plan_When_its_page_is_opened_Then_it_shows_progress_now_and_year_by_year()
    {
        var html = await server.Client.GetStringAsync(Plan);

        html.ShouldContain("1 of 3");
        html.ShouldContain("<svg class=\"chart\"");
        html.ShouldContain("Widen trade and investment.");
        foreach (var year in new[] { 2021, 2022, 2023, 2024 })
        {
            html.ShouldContain($">{year}</text>");
        }
    }

    [Fact]
    public async Task Given_an_editor_on_an_engagement_about_trade_When_accepting_the_suggested_trade_line_Then_the_plan_cites_the_engagement()
    {
        using var editor = server.NewSession();
        (await editor.SignInAsync("officer", server.Passwords["officer"])).Dispose();
        var page = $"/engagements/{server.Call.Value}";
        (await editor.GetStringAsync(page)).ShouldContain("Widen trade and investment.");

        using var answer = await editor.SubmitAsync(page, $"{page}/links", ("plan", "asean-ru-cpa-2021-2025"), ("line", "2.1"), ("answer", "accept"));

        answer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await server.Client.GetStringAsync(Plan)).ShouldContain($"href=\"/engagements/{server.Call.Value}\"");
        (await editor.GetStringAsync(page)).ShouldNotContain("Widen trade and investment.");
    }
}
