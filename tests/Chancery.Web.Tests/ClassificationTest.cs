using System.Net;
using System.Text.Json;

namespace Chancery.Web.Tests;

/// <summary>
/// An anonymous visitor is cleared for public records only: a confidential engagement shows nowhere, and no count,
/// search or heatmap cell gives it away.
/// </summary>
public sealed class ClassificationTest(WebServer server) : IClassFixture<WebServer>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/engagements")]
    [InlineData("/engagements?year=2024")]
    [InlineData("/partners")]
    [InlineData("/partners/RU")]
    [InlineData("/api/v1/engagements")]
    [InlineData("/api/v1/partners")]
    public async Task Given_a_confidential_engagement_When_an_anonymous_visitor_looks_anywhere_Then_it_does_not_show(string path)
    {
        var body = await server.Client.GetStringAsync(path);

        body.ShouldNotContain("Kuril consultations");
        body.ShouldNotContain("2024-03-01");
        body.ShouldNotContain("1 Mar 2024");
    }

    [Theory]
    [InlineData("/engagements/{0}")]
    [InlineData("/api/v1/engagements/{0}")]
    public async Task Given_a_confidential_engagement_When_asked_for_by_id_Then_it_is_as_absent_as_one_that_never_was(string path)
    {
        using var secret = await server.Client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, server.Secret.Value));
        using var absent = await server.Client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, 987654));

        secret.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Comparable(await secret.Content.ReadAsStringAsync()).ShouldBe(Comparable((await absent.Content.ReadAsStringAsync())
            .Replace("987654", server.Secret.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Given_a_confidential_engagement_When_searched_for_Then_the_search_finds_nothing()
    {
        var html = await server.Client.GetStringAsync("/engagements?q=Kuril");
        using var api = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/engagements?q=Kuril"));

        html.ShouldContain("0 engagements");
        api.RootElement.GetProperty("total").GetInt32().ShouldBe(0);
    }

    /// <summary>A response without the request's trace id, which differs from one request to the next.</summary>
    private static string Comparable(string body) => System.Text.RegularExpressions.Regex.Replace(body, "\"trace_id\":\"[^\"]*\"", "");

    [Fact]
    public async Task Given_a_confidential_engagement_When_the_api_counts_russia_s_engagements_Then_it_counts_only_the_public_ones()
    {
        using var list = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/engagements?partner=RU"));
        using var partners = JsonDocument.Parse(await server.Client.GetStringAsync("/api/v1/partners"));

        list.RootElement.GetProperty("total").GetInt32().ShouldBe(3);
        partners.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "RU").GetProperty("engagements").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Given_confidential_and_restricted_engagements_When_the_log_counts_its_facets_Then_it_counts_only_what_the_reader_may_see()
    {
        using var analyst = server.NewSession();
        (await analyst.SignInAsync("analyst", server.Passwords["analyst"])).Dispose();

        var anonymous = await server.Client.GetStringAsync("/engagements?partner=RU");
        var cleared = await analyst.GetStringAsync("/engagements?partner=RU");

        anonymous.ShouldContain("Bilateral meeting (1)</a>");
        anonymous.ShouldNotContain("Other (");
        anonymous.ShouldContain("2023 (3)</a>");
        cleared.ShouldContain("Bilateral meeting (2)</a>");
        cleared.ShouldContain("Other (1)</a>");
        cleared.ShouldContain("2024 (1)</a>");
    }
}
