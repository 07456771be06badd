using System.Net;
using System.Text.Json;
using Chancery.Domain;

namespace Chancery.Web.Tests;

/// <summary>
/// Every way to read or answer a record, by every kind of user, for a record of every classification: a record shows,
/// counts and can be answered exactly when the user's clearance reaches it (and, to answer, when they edit).
/// </summary>
public sealed class AuthorizationMatrixTest(WebServer server) : IClassFixture<WebServer>
{
    private (Id<Engagement> Id, string Word) Record(Classification classification) => (server.EngagementOf(classification), classification switch
    {
        Classification.Public => "courtesy",
        Classification.Restricted => "Mekong",
        _ => "Kuril",
    });

    private async Task<BrowserSession> SessionAsync(string user)
    {
        var session = server.NewSession();
        if (user.Length > 0)
        {
            (await session.SignInAsync(user, server.Passwords[user])).Dispose();
        }
        return session;
    }

    [Theory]
    [MemberData(nameof(TestUsers.WithEveryClassification), MemberType = typeof(TestUsers))]
    public async Task Given_a_user_and_a_record_When_they_look_for_it_anywhere_Then_it_shows_only_if_their_clearance_reaches_it(string user, Classification classification)
    {
        using var session = await SessionAsync(user);
        var (id, word) = Record(classification);
        var visible = TestUsers.All[user].Clearance >= classification;

        using var page = await session.GetAsync($"/engagements/{id.Value}");
        using var api = await session.GetAsync($"/api/v1/engagements/{id.Value}");
        var search = await session.GetStringAsync($"/engagements?q={word}");
        using var apiSearch = JsonDocument.Parse(await session.GetStringAsync($"/api/v1/engagements?q={word}"));

        page.StatusCode.ShouldBe(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound);
        api.StatusCode.ShouldBe(visible ? HttpStatusCode.OK : HttpStatusCode.NotFound);
        search.ShouldContain(visible ? "1 engagement<" : "0 engagements<");
        apiSearch.RootElement.GetProperty("total").GetInt32().ShouldBe(visible ? 1 : 0);
    }

    [Theory]
    [MemberData(nameof(TestUsers.WithEveryClassification), MemberType = typeof(TestUsers))]
    public async Task Given_a_user_and_a_record_When_they_answer_it_Then_only_an_editor_cleared_for_it_may(string user, Classification classification)
    {
        using var session = await SessionAsync(user);
        var (id, _) = Record(classification);
        var token = await session.TokenOfAsync("/login");

        using var response = await session.PostAsync($"/engagements/{id.Value}/reject", ("__RequestVerificationToken", token));

        var (clearance, edits) = TestUsers.All[user];
        if (edits && clearance >= classification)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldBe($"/engagements/{id.Value}");
        }
        else if (edits)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        else
        {
            // Asked to sign in when not signed in; told their role does not allow it when signed in.
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            new Uri(server.Client.BaseAddress!, response.Headers.Location!).AbsolutePath.ShouldBe(user.Length == 0 ? "/login" : "/denied");
        }
    }

    [Theory]
    [InlineData("", 3)]
    [InlineData("viewer", 3)]
    [InlineData("editor", 3)]
    [InlineData("officer", 4)]
    [InlineData("analyst", 5)]
    [InlineData("admin", 5)]
    public async Task Given_a_user_When_counting_engagements_anywhere_Then_the_counts_are_of_what_they_may_see(string user, int visible)
    {
        using var session = await SessionAsync(user);

        using var list = JsonDocument.Parse(await session.GetStringAsync("/api/v1/engagements"));
        using var partners = JsonDocument.Parse(await session.GetStringAsync("/api/v1/partners"));
        var dashboard = await session.GetStringAsync("/");
        var log = await session.GetStringAsync("/engagements");

        list.RootElement.GetProperty("total").GetInt32().ShouldBe(visible);
        partners.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "RU").GetProperty("engagements").GetInt32().ShouldBe(visible);
        dashboard.ShouldContain($"<div class=\"figure\">{visible}</div><div class=\"muted\">engagements</div>");
        log.ShouldContain($"{visible} engagements<");
    }
}
