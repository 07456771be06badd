using System.Net;
using Chancery.Domain;

namespace Chancery.Web.Tests;

/// <summary>Editors set an engagement's fields with the form on its page; only what they change changes.</summary>
public sealed class EditFormTest(WebServer server) : IClassFixture<WebServer>
{
    private async Task<(BrowserSession Browser, string Page)> EditorAtAsync(Id<Engagement> id)
    {
        var browser = server.NewSession();
        (await browser.SignInAsync("officer", server.Passwords["officer"])).Dispose();
        return (browser, $"/engagements/{id.Value}");
    }

    /// <summary>The fields besides the place, as one comparable value.</summary>
    private static (DateSpan?, EngagementKind, string, Classification, ReviewState, int) Unchanged(Engagement e) =>
        (e.When, e.Kind, e.Summary, e.Classification, e.Review, e.Flags.Count);

    [Fact]
    public async Task Given_an_editor_When_changing_the_city_in_the_form_Then_only_the_city_changes()
    {
        var (browser, page) = await EditorAtAsync(server.Briefing);
        using var _ = browser;
        var before = await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Briefing, ct));

        using var response = await browser.SubmitAsync(page, $"{page}/edit",
            ("date", "2022-09-14"), ("kind", "bilateral-meeting"), ("city", "Luang Prabang"), ("summary", "Mekong briefing"), ("classification", "restricted"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Briefing, ct));
        after!.Place.ShouldBe(before!.Place with { City = "Luang Prabang" });
        Unchanged(after).ShouldBe(Unchanged(before));
    }

    [Fact]
    public async Task Given_a_date_that_is_no_date_When_saved_Then_the_page_names_the_problem_and_nothing_changes()
    {
        var (browser, page) = await EditorAtAsync(server.Briefing);
        using var _ = browser;
        var before = await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Briefing, ct));

        using var response = await browser.SubmitAsync(page, $"{page}/edit", ("date", "14/09/2022"));

        var html = await browser.GetStringAsync(response.Headers.Location!.OriginalString);
        html.ShouldContain("is not a date (YYYY-MM-DD)");
        var after = await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Briefing, ct));
        Unchanged(after!).ShouldBe(Unchanged(before!));
        after!.Place.ShouldBe(before!.Place);
    }
}
