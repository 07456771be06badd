using System.Net;
using Chancery.App.Accounts;
using Chancery.Domain;

namespace Chancery.Web.Tests;

/// <summary>A generated password (the first admin's, <c>chancery user add</c>'s) serves one sign-in: the user then chooses their own.</summary>
public sealed class OneTimePasswordTest(WebServer server) : IClassFixture<WebServer>
{
    private async Task<(string Name, string Password)> NewUserAsync()
    {
        var name = $"new-{Guid.NewGuid():N}"[..20];
        var (_, password) = await new AccountDesk(server.Store, TimeProvider.System).AddAsync(name, Role.Editor, Classification.Public);
        return (name, password);
    }

    [Fact]
    public async Task Given_a_generated_password_When_signing_in_Then_the_user_is_sent_to_choose_their_own_and_nowhere_else()
    {
        var (name, password) = await NewUserAsync();
        using var browser = server.NewSession();

        using var signIn = await browser.SignInAsync(name, password);
        using var elsewhere = await browser.GetAsync("/review");

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.OriginalString.ShouldBe("/account/password?returnUrl=%2F");
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        elsewhere.Headers.Location!.OriginalString.ShouldBe("/account/password?returnUrl=%2Freview");
        (await browser.GetStringAsync("/account/password")).ShouldContain("a password that was made for you");
    }

    [Fact]
    public async Task Given_a_user_who_chose_their_password_When_they_go_on_Then_pages_open_and_only_the_new_password_signs_in()
    {
        var (name, password) = await NewUserAsync();
        using var browser = server.NewSession();
        (await browser.SignInAsync(name, password)).Dispose();

        using var changed = await browser.SubmitAsync("/account/password?returnUrl=%2Freview", "/account/password",
            ("current", password), ("chosen", "a passphrase of mine"), ("repeated", "a passphrase of mine"), ("returnUrl", "/review"));

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        changed.Headers.Location!.OriginalString.ShouldBe("/review");
        using var review = await browser.GetAsync("/review");
        review.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = server.NewSession();
        (await again.SignInAsync(name, password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var withTheirs = await again.SignInAsync(name, "a passphrase of mine");
        withTheirs.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Theory]
    [InlineData("short", "short", "A password has at least 12 characters.")]
    [InlineData("a passphrase of mine", "a passphrase of yours", "The two new passwords differ.")]
    public async Task Given_a_password_that_will_not_do_When_chosen_Then_the_form_says_why_and_the_user_is_still_held_there(string chosen, string repeated, string why)
    {
        var (name, password) = await NewUserAsync();
        using var browser = server.NewSession();
        (await browser.SignInAsync(name, password)).Dispose();

        using var refused = await browser.SubmitAsync("/account/password", "/account/password", ("current", password), ("chosen", chosen), ("repeated", repeated));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(why);
        (await browser.GetAsync("/engagements")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
