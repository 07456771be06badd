using System.Net;

namespace Chancery.Web.Tests;

/// <summary>Signing in and out with the form: cookies, anti-forgery, wrong passwords, and what a signed-in user then sees.</summary>
public sealed class SignInTest(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task Given_the_right_password_When_signing_in_Then_the_user_is_sent_on_and_named_on_every_page()
    {
        using var browser = server.NewSession();

        using var response = await browser.SignInAsync("analyst", server.Passwords["analyst"]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
        var page = await browser.GetStringAsync("/engagements");
        page.ShouldContain(">analyst</a>");
        page.ShouldContain("Sign out");
    }

    [Fact]
    public async Task Given_a_wrong_password_When_signing_in_Then_the_form_comes_back_saying_so_without_the_password()
    {
        using var browser = server.NewSession();

        using var response = await browser.SignInAsync("analyst", "hunter2-not-it");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("The name or the password is wrong.");
        html.ShouldNotContain("hunter2-not-it");
    }

    [Fact]
    public async Task Given_a_form_posted_without_the_page_s_token_When_signing_in_Then_it_is_refused()
    {
        using var browser = server.NewSession();

        using var response = await browser.PostAsync("/login", ("name", "analyst"), ("password", server.Passwords["analyst"]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.GetStringAsync("/engagements")).ShouldNotContain("Sign out");
    }

    [Fact]
    public async Task Given_a_sign_in_link_to_another_site_When_signing_in_Then_the_user_stays_here()
    {
        using var browser = server.NewSession();

        using var response = await browser.SubmitAsync("/login?returnUrl=https://evil.example/", "/login",
            ("name", "viewer"), ("password", server.Passwords["viewer"]), ("returnUrl", "//evil.example/"));

        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Given_a_signed_in_user_When_signing_out_Then_pages_are_anonymous_again()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("viewer", server.Passwords["viewer"])).Dispose();

        using var response = await browser.SubmitAsync("/", "/logout");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync("/")).ShouldContain("href=\"/login\"");
    }

    [Fact]
    public async Task Given_a_user_cleared_for_confidential_records_When_signed_in_Then_the_confidential_engagement_shows()
    {
        using var browser = server.NewSession();
        (await browser.SignInAsync("analyst", server.Passwords["analyst"])).Dispose();

        (await browser.GetStringAsync("/engagements?q=Kuril")).ShouldContain("Kuril consultations");
        (await browser.GetStringAsync($"/engagements/{server.Secret.Value}")).ShouldContain("confidential talks on the Kuril question");
    }
}
