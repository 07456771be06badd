using System.Net;
using Chancery.Domain;
using Chancery.Store;

namespace Chancery.Web.Tests;

/// <summary>Editors ingest press releases in the browser, by upload or by address, within their clearance.</summary>
public sealed class IngestPageTest(WebServer server) : IClassFixture<WebServer>
{
    private const string Release = "ASEAN and Japan hold talks\n\nJAKARTA, 14 March 2024 - Ambassador of Japan to ASEAN Kiya Masahiko paid a courtesy call on "
        + "the Secretary-General of ASEAN, Kao Kim Hourn, at the ASEAN Secretariat today. They discussed cooperation in disaster management.\n";

    [Fact]
    public async Task Given_an_editor_When_uploading_a_press_release_Then_its_engagement_is_drafted_at_the_chosen_classification()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("officer", server.Passwords["officer"])).Dispose();

        using var response = await browser.UploadAsync("/ingest", "/ingest", [("outlet", "ASEAN Secretariat"), ("classification", "restricted")], ("files", "japan-call.txt", Release));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("japan-call.txt: stored; 1 new engagement(s)");
        var page = await server.Store.ReadAsync((r, ct) => r.FindEngagementsAsync(new EngagementQuery { Clearance = Classification.Confidential, Text = SearchText.Parse("Kiya Masahiko") }, ct));
        page.Rows.ShouldHaveSingleItem().Classification.ShouldBe(Classification.Restricted);
        html.ShouldContain($"href=\"/engagements/{page.Rows[0].Id.Value}\"");
    }

    [Fact]
    public async Task Given_an_editor_cleared_for_public_records_When_classifying_an_upload_restricted_Then_it_is_refused()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("editor", server.Passwords["editor"])).Dispose();

        using var response = await browser.UploadAsync("/ingest", "/ingest", [("classification", "restricted")], ("files", "japan-call.txt", Release));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("is not a classification you may give (you are cleared for public)");
    }

    [Fact]
    public async Task Given_an_address_on_this_machine_When_an_editor_asks_for_it_Then_it_is_refused_as_private()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("editor", server.Passwords["editor"])).Dispose();

        using var response = await browser.UploadAsync("/ingest", "/ingest", [("urls", $"{server.Client.BaseAddress}engagements")]);

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<li class=\"problem\">");
        html.ShouldContain("private");
    }

    [Fact]
    public async Task Given_a_viewer_When_opening_the_ingest_page_Then_they_are_told_their_role_does_not_allow_it()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("viewer", server.Passwords["viewer"])).Dispose();

        using var response = await browser.GetAsync("/ingest");

        new Uri(server.Client.BaseAddress!, response.Headers.Location!).AbsolutePath.ShouldBe("/denied");
    }
}
