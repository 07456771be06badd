using System.Net;
using System.Text.RegularExpressions;
using Chancery.Domain;

namespace Chancery.Web.Tests;

/// <summary>
/// Every page and form of the web application, by every kind of user (signed in with the form, or not), for a record of
/// every classification: a record shows on a page, answers by its address and counts exactly when the user's clearance
/// reaches it; editors' pages and forms open to editors only, and never on a record above their clearance.
/// </summary>
/// <remarks>Forms are posted with nothing in them, or with what changes nothing, so that the cells do not change what the others see.</remarks>
public sealed partial class PageAuthorizationMatrixTest(WebServer server) : IClassFixture<WebServer>
{
    private enum Access
    {
        /// <summary>Opens to everyone; shows the record of the classification only to those cleared for it.</summary>
        List,

        /// <summary>Opens on the record for those cleared for it; a 404 for the others.</summary>
        Record,

        /// <summary>An editor's answer to a record: back to the record's page when cleared for it, a 404 when not.</summary>
        Answer,

        /// <summary>An editor's page, the same for every classification.</summary>
        EditorPage,

        /// <summary>An editor's form, posted empty: the form comes back naming the problem.</summary>
        EditorForm,

        /// <summary>For users signed in, posted with what will not do when it is a form.</summary>
        SignedIn,

        /// <summary>The same answer for everyone.</summary>
        Open,
    }

    /// <param name="Shows">For a list, whether the page shows the record of the classification; null where the page cannot tell it.</param>
    /// <param name="Status">For an open page, the status everyone gets.</param>
    /// <param name="Multipart">The form is posted as a browser posts one with files.</param>
    private sealed record Probe(string Route, Access Access, Func<Classification, string> Path, (string Name, string Value)[]? Form = null,
        Func<Classification, string, bool?>? Shows = null, HttpStatusCode Status = HttpStatusCode.OK, bool Multipart = false);

    /// <summary>Routes that are no page of the application: the API (its own matrix), its description and reference page.</summary>
    private static bool IsPage(string route) =>
        !route.Contains(" /api/v1/", StringComparison.Ordinal) && !route.Contains(" /openapi/", StringComparison.Ordinal) && !route.Contains(" /scalar/", StringComparison.Ordinal);

    private IReadOnlyList<Probe> Probes() =>
    [
        new("GET /", Access.List, _ => "/", Shows: (c, html) => html.Contains(Summary(c), StringComparison.Ordinal)),
        new("GET /engagements", Access.List, _ => "/engagements", Shows: (c, html) => html.Contains(Summary(c), StringComparison.Ordinal)),
        new("GET /engagements/{id:long}", Access.Record, c => $"/engagements/{server.EngagementOf(c).Value}"),
        new("POST /engagements/{id:long}/reject", Access.Answer, c => $"/engagements/{server.EngagementOf(c).Value}/reject", []),
        new("POST /engagements/{id:long}/confirm", Access.Answer, c => $"/engagements/{server.EngagementOf(c).Value}/confirm", []),
        new("POST /engagements/{id:long}/edit", Access.Answer, c => $"/engagements/{server.EngagementOf(c).Value}/edit", []),
        new("POST /engagements/{id:long}/links", Access.Answer, c => $"/engagements/{server.EngagementOf(c).Value}/links", []),
        new("GET /plans/{id}", Access.Open, _ => "/plans/asean-ru-cpa-2021-2025"),
        // Russia's years: 2023 of public records, 2022 of the restricted briefing alone, 2024 of the confidential talks alone.
        new("GET /analytics", Access.List, _ => "/analytics?partners=RU", Shows: (c, html) => html.Contains($"<th>{c switch { Classification.Public => 2023, Classification.Restricted => 2022, _ => 2024 }}</th>", StringComparison.Ordinal)),
        new("GET /partners", Access.List, _ => "/partners", Shows: (c, html) => RussianEngagements(html) >= EngagementsUpTo(c)),
        new("GET /partners/{code}", Access.List, _ => "/partners/RU", Shows: (c, html) => html.Contains(Summary(c), StringComparison.Ordinal)),
        new("GET /people", Access.List, _ => "/people", Shows: (c, html) => html.Contains(server.PersonOf(c).Name, StringComparison.Ordinal)),
        new("GET /people/{id:long}", Access.Record, c => $"/people/{server.PersonOf(c).Id.Value}"),
        // The list gives each mechanism's latest sitting: the confidential 20th ARSOM, or the public 19th before it.
        new("GET /mechanisms", Access.List, _ => "/mechanisms", Shows: (c, html) => c == Classification.Confidential ? html.Contains("20th, 1 Mar 2024", StringComparison.Ordinal) : null),
        // Ties between people who met: Kurilov met Zagaynov in the confidential talks; the others meet no one new.
        new("GET /network", Access.List, _ => "/network", Shows: (c, html) => c == Classification.Confidential ? html.Contains("Ivan Kurilov", StringComparison.Ordinal) : null),
        new("GET /sources/{id:long}", Access.Record, c => $"/sources/{server.SourceOf(c).Value}"),
        new("GET /export/{list}.{format}", Access.List, _ => "/export/engagements.csv", Shows: (c, csv) => csv.Contains(Summary(c), StringComparison.Ordinal)),
        new("GET /partners/{code}/brief.{format}", Access.List, _ => "/partners/RU/brief.md", Shows: (c, brief) => brief.Contains(Summary(c), StringComparison.Ordinal)),
        // The 20th ARSOM is known only from the confidential talks: only those cleared for them expect the 21st.
        new("GET /calendar.ics", Access.List, _ => "/calendar.ics", Shows: (c, ics) => c == Classification.Confidential ? ics.Contains("21st ARSOM", StringComparison.Ordinal) : null),
        new("GET /review", Access.EditorPage, _ => "/review"),
        new("GET /ingest", Access.EditorPage, _ => "/ingest"),
        new("POST /ingest", Access.EditorForm, _ => "/ingest", [("urls", "")], Multipart: true),
        new("GET /login", Access.Open, _ => "/login"),
        new("POST /login", Access.Open, _ => "/login", [("name", "nobody"), ("password", "wrong")], Status: HttpStatusCode.Unauthorized),
        new("GET /denied", Access.Open, _ => "/denied", Status: HttpStatusCode.Forbidden),
        new("GET /site.css", Access.Open, _ => "/site.css"),
        new("GET /account/password", Access.SignedIn, _ => "/account/password"),
        new("POST /account/password", Access.SignedIn, _ => "/account/password", [("current", "x"), ("chosen", "one passphrase"), ("repeated", "another passphrase")]),
        // Last: it ends the session.
        new("POST /logout", Access.Open, _ => "/logout", [], Status: HttpStatusCode.Redirect),
    ];

    private static string Summary(Classification c) => c switch
    {
        Classification.Public => "Ambassador Zagaynov paid a courtesy call",
        Classification.Restricted => "Mekong briefing",
        _ => "Kuril consultations",
    };

    /// <summary>Russia has three public engagements, one restricted and one confidential.</summary>
    private static int EngagementsUpTo(Classification c) => c switch
    {
        Classification.Public => 3,
        Classification.Restricted => 4,
        _ => 5,
    };

    /// <summary>The count in Russia's row of the partners list.</summary>
    private static int RussianEngagements(string html)
    {
        var row = Row().Matches(html).Select(m => m.Value).Single(r => r.Contains("href=\"/partners/RU\"", StringComparison.Ordinal));
        return int.Parse(Cell().Matches(row)[4].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Given_the_routes_the_application_maps_When_listing_its_pages_Then_the_matrix_probes_every_one()
    {
        var pages = server.Routes.Select(r => r.Length > 5 && r.EndsWith('/') ? r[..^1] : r).Where(IsPage);

        pages.ShouldBe(Probes().Select(p => p.Route), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestUsers.WithEveryClassification), MemberType = typeof(TestUsers))]
    public async Task Given_a_user_and_a_record_When_opening_every_page_and_posting_every_form_Then_each_answers_by_their_role_and_clearance(string user, Classification classification)
    {
        using var session = server.NewSession();
        var signedIn = user.Length > 0;
        if (signedIn)
        {
            (await session.SignInAsync(user, server.Passwords[user])).Dispose();
        }
        var token = await session.TokenOfAsync("/login");
        var (clearance, edits) = TestUsers.All[user];
        var cleared = clearance >= classification;
        var wrong = new List<string>();

        foreach (var probe in Probes())
        {
            var path = probe.Path(classification);
            using var response = probe switch
            {
                { Form: null } => await session.GetAsync(path),
                { Multipart: true } => await session.UploadAsync("/login", path, probe.Form),
                _ => await session.PostAsync(path, [("__RequestVerificationToken", token), .. probe.Form]),
            };
            var body = await response.Content.ReadAsStringAsync();
            if (Check(probe, classification, response, body, signedIn, edits, cleared) is { } why)
            {
                wrong.Add($"{probe.Route} ({path}): {why}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    private string? Check(Probe probe, Classification classification, HttpResponseMessage response, string body, bool signedIn, bool edits, bool cleared)
    {
        var status = response.StatusCode;
        string? Expect(HttpStatusCode expected) => status == expected ? null : $"answered {(int)status}, expected {(int)expected}";
        string? SentTo(string page)
        {
            var location = response.Headers.Location is { } to ? new Uri(server.Client.BaseAddress!, to).AbsolutePath : null;
            return Expect(HttpStatusCode.Redirect) ?? (location == page ? null : $"sent to {location}, expected {page}");
        }
        switch (probe.Access)
        {
            case Access.List:
                return Expect(HttpStatusCode.OK) ?? (probe.Shows!(classification, body) is { } shows && shows != cleared ? $"{(cleared ? "lacks" : "shows")} the {classification} record" : null);
            case Access.Record:
                return Expect(cleared ? HttpStatusCode.OK : HttpStatusCode.NotFound);
            case Access.Open:
                return Expect(probe.Status);
            case Access.SignedIn:
                return signedIn ? Expect(probe.Form is null ? HttpStatusCode.OK : HttpStatusCode.BadRequest) : SentTo("/login");
        }
        if (!edits)
        {
            return SentTo(signedIn ? "/denied" : "/login");
        }
        return probe.Access switch
        {
            Access.Answer => cleared ? SentTo($"/engagements/{server.EngagementOf(classification).Value}") : Expect(HttpStatusCode.NotFound),
            Access.EditorPage => Expect(HttpStatusCode.OK),
            _ => Expect(HttpStatusCode.BadRequest),
        };
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
