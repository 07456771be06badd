using System.Net;

namespace Chancery.Web.Tests;

/// <summary>The pages, served by Kestrel to an anonymous visitor: what they show, what they encode, what they hide.</summary>
public sealed class PagesTest(WebServer server) : IClassFixture<WebServer>
{
    private async Task<string> PageAsync(string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await server.Client.GetAsync(path);
        response.StatusCode.ShouldBe(status, path);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Given_the_store_When_the_dashboard_is_opened_Then_it_shows_recent_engagements_and_the_partner_year_heatmap()
    {
        var html = await PageAsync("/");

        html.ShouldContain("Ambassador Zagaynov paid a courtesy call");
        html.ShouldContain("<table class=\"heat\">");
        html.ShouldContain("href=\"/engagements?partner=RU&amp;year=2023\"");
    }

    [Fact]
    public async Task Given_the_sittings_a_visitor_may_know_of_When_the_dashboard_is_opened_Then_it_expects_the_next_of_those_only()
    {
        // The 19th ARSOM (April 2023) is public; the 20th (March 2024) is known only from confidential talks.
        var html = await PageAsync("/");
        using var analyst = server.NewSession();
        (await analyst.SignInAsync("analyst", server.Passwords["analyst"])).Dispose();
        var cleared = await analyst.GetStringAsync("/");

        html.ShouldContain("20th ARSOM");
        html.ShouldContain("Apr 2024");
        html.ShouldNotContain("21st ARSOM");
        cleared.ShouldContain("21st ARSOM");
    }

    [Fact]
    public async Task Given_a_courtesy_call_When_its_page_is_opened_Then_the_source_text_shows_the_evidence_highlighted()
    {
        var html = await PageAsync($"/engagements/{server.Call.Value}");

        html.ShouldContain("<mark class=\"evidence\" data-field=\"participants\">Evgeny Zagaynov</mark>");
        html.ShouldContain("<mark class=\"evidence\" data-field=\"venue\">ASEAN Secretariat</mark>");
        html.ShouldContain("ASEAN and Russia look to deepen dialogue relations");
    }

    [Fact]
    public async Task Given_a_source_carrying_html_and_script_When_its_engagement_is_shown_Then_they_appear_as_text()
    {
        var html = await PageAsync($"/engagements/{server.Hostile.Value}");

        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        html.ShouldNotContain("<b>Tene</b>");
        html.ShouldContain("&lt;script&gt;alert(");
        html.ShouldContain("&lt;img src=x onerror=alert(1)&gt; talks");
    }

    [Fact]
    public async Task Given_the_log_filtered_by_partner_and_kind_When_shown_Then_only_matching_engagements_are_listed()
    {
        var html = await PageAsync("/engagements?partner=ru&kind=courtesy-call");

        html.ShouldContain("Ambassador Zagaynov paid a courtesy call");
        html.ShouldNotContain("Senior Officials");
        html.ShouldContain("1 engagement<");
    }

    [Fact]
    public async Task Given_the_filter_form_sent_with_empty_fields_When_shown_Then_the_empty_fields_filter_nothing()
    {
        var html = await PageAsync("/engagements?q=Zagaynov&partner=&kind=&sector=&year=");

        html.ShouldContain("Ambassador Zagaynov paid a courtesy call");
    }

    [Fact]
    public async Task Given_a_filter_that_is_not_understood_When_the_log_is_asked_for_Then_the_page_says_what_is_wrong()
    {
        var html = await PageAsync("/engagements?kind=banquet", HttpStatusCode.BadRequest);

        html.ShouldContain("&#x27;banquet&#x27; is not one of: ");
    }

    [Fact]
    public async Task Given_a_partner_When_its_page_is_opened_Then_it_shows_its_standing_mechanisms_plans_people_sectors_and_engagements()
    {
        var html = await PageAsync("/partners/RU");

        html.ShouldContain("Russia");
        html.ShouldContain("ASEAN-Russia Senior Officials");
        html.ShouldContain("Ambassador Zagaynov paid a courtesy call");
        html.ShouldContain("ASEAN-Russia Comprehensive Plan of Action 2021-2025");
        html.ShouldContain(">Evgeny Zagaynov</a>");
        html.ShouldContain("title=\"Trade, 2023: 1\"");
        html.ShouldNotContain("Kurilov");
    }

    [Theory]
    [InlineData("/partners/XX")]
    [InlineData("/partners/not-a-code!")]
    [InlineData("/engagements/999999")]
    public async Task Given_an_address_of_nothing_When_opened_Then_the_page_is_not_found(string path)
    {
        (await PageAsync(path, HttpStatusCode.NotFound)).ShouldContain("There is nothing at this address.");
    }

    [Fact]
    public async Task Given_any_page_When_served_Then_it_carries_a_content_security_policy_and_the_other_security_headers()
    {
        using var response = await server.Client.GetAsync("/engagements");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
    }

    [Fact]
    public async Task Given_the_api_reference_When_opened_Then_it_is_served_and_only_it_may_run_inline_script()
    {
        using var reference = await server.Client.GetAsync("/scalar/v1");
        using var page = await server.Client.GetAsync("/");

        reference.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reference.Content.ReadAsStringAsync()).ShouldContain("<title>Chancery API</title>");
        reference.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self' 'unsafe-inline'");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain("unsafe-inline");
    }
}
