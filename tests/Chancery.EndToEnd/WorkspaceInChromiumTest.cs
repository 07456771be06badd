using Chancery.Domain;
using Chancery.Web.Tests;
using Microsoft.Playwright;

namespace Chancery.EndToEnd;

/// <summary>
/// A person at the web application in a real browser: signs in, searches, reads the seed's courtesy call with its
/// evidence highlighted, confirms a draft; and a viewer cleared for public records finds the confidential talks nowhere.
/// Every page visited is saved as a screenshot under artifacts/screenshots.
/// </summary>
public sealed class WorkspaceInChromiumTest(WebServer server, Chromium chromium) : IClassFixture<WebServer>, IClassFixture<Chromium>, IAsyncLifetime
{
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Client.BaseAddress!.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // CI runs every test project at once on two cores: a page that answers in a second alone may take far longer then.
        context.SetDefaultTimeout(90_000);
        page = await context.NewPageAsync();
    }

    public async Task DisposeAsync() => await context.DisposeAsync();

    private async Task SignInAsync(string name)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=name]", name);
        await page.FillAsync("input[name=password]", server.Passwords[name]);
        await page.ClickAsync("form.signin button[type=submit]");
        // The sign-out form is on every page of a signed-in person and on none other. Waiting for it in the DOM does not
        // depend on the browser's load events, which a wait for the URL raced across the sign-in's redirect.
        await page.Locator("form[action='/logout']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        new Uri(page.Url).AbsolutePath.ShouldBe("/");
    }

    private async Task ScreenshotAsync(string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, $"{name}.png"), FullPage = true });

    [Fact]
    public async Task Given_an_editor_When_searching_for_the_envoy_and_opening_the_courtesy_call_Then_the_evidence_is_highlighted()
    {
        await page.GotoAsync("/login");
        await ScreenshotAsync("sign-in");
        await SignInAsync("editor");
        await ScreenshotAsync("dashboard");

        await page.ClickAsync("header.top nav >> text=Engagements");
        await page.FillAsync("input[name=q]", "Zagaynov");
        await page.ClickAsync("form.filters button[type=submit]");
        await ScreenshotAsync("engagement-log");
        await page.ClickAsync("table.list a:has-text('courtesy call')");
        await ScreenshotAsync("engagement");

        var marks = await page.Locator("mark.evidence").AllInnerTextsAsync();
        marks.ShouldContain("Evgeny Zagaynov");
        marks.ShouldContain("ASEAN Secretariat");
        (await page.Locator("mark.evidence", new PageLocatorOptions { HasText = "Evgeny Zagaynov" }).First.GetAttributeAsync("data-field")).ShouldBe("participants");
    }

    [Fact]
    public async Task Given_an_editor_When_confirming_a_draft_from_the_review_queue_Then_its_page_says_confirmed()
    {
        await SignInAsync("editor");
        await page.GotoAsync("/review");
        await ScreenshotAsync("review-queue");

        await page.GotoAsync($"/engagements/{server.Arsom.Value}");
        await page.ClickAsync("form[action$='/confirm'] button");

        (await page.Locator("dl.fields .badge").InnerTextAsync()).ShouldBe("confirmed");
        (await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Arsom, ct)))!.Review.ShouldBe(ReviewState.Confirmed);
    }

    [Fact]
    public async Task Given_a_viewer_cleared_for_public_records_When_looking_everywhere_Then_the_confidential_talks_show_nowhere()
    {
        await SignInAsync("viewer");

        foreach (var (path, name) in new[] { ("/", "viewer-dashboard"), ("/engagements?q=Kuril", "viewer-search"), ("/partners", "partners"), ("/partners/RU", "partner-ru") })
        {
            await page.GotoAsync(path);
            await ScreenshotAsync(name);
            (await page.ContentAsync()).ShouldNotContain("Kuril consultations");
        }
        (await page.GotoAsync($"/engagements/{server.Secret.Value}"))!.Status.ShouldBe(404);
        var api = await page.APIRequest.GetAsync("/api/v1/engagements?partner=RU");
        (await api.JsonAsync())!.Value.GetProperty("total").GetInt32().ShouldBe(3);
        await page.GotoAsync("/");
        (await page.Locator(".card .figure").First.InnerTextAsync()).ShouldBe("3");
    }

    [Fact]
    public async Task Given_an_admin_When_every_page_is_opened_Then_each_renders_and_is_saved_as_a_screenshot()
    {
        var call = await server.Store.ReadAsync((r, ct) => r.EngagementAsync(server.Call, ct));
        var tene = (await server.Store.ReadAsync((r, ct) => r.PeopleAsync(new Chancery.Store.PeopleQuery { Name = Chancery.Store.SearchText.Parse("Tene") }, ct))).Single();
        await SignInAsync("admin");

        foreach (var (path, name) in new[]
        {
            ("/people", "people"), ($"/people/{tene.Id.Value}", "person"), ("/mechanisms", "mechanisms"), ($"/sources/{call!.Citations[0].Source.Value}", "source"),
            ("/network", "network"), ("/engagements?partner=RU", "engagement-log-russia"), ($"/engagements/{server.Secret.Value}", "engagement-confidential"),
            ("/ingest", "ingest"), ("/account/password", "password"), ("/plans/asean-ru-cpa-2021-2025", "plan"), ("/analytics?partners=RU", "analytics"),
        })
        {
            var response = await page.GotoAsync(path);
            response!.Status.ShouldBe(200, path);
            await ScreenshotAsync(name);
        }
        await page.GotoAsync("/scalar/v1");
        await page.WaitForSelectorAsync("text=Engagements");
        await ScreenshotAsync("api-reference");
    }
}
