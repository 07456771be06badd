using Chancery.App;
using Chancery.App.Accounts;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Testing;
using Chancery.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Web.Tests;

/// <summary>
/// The real Kestrel server on a free loopback port, over a store with the reference data and four engagements: the
/// public courtesy call of 5 July 2023 and the 19th ARSOM it mentions, a public story whose text carries HTML and a
/// script, a restricted briefing (the 18th ARSOM) and confidential talks (the 20th), each from a source of its
/// classification and each with a person known only from it.
/// </summary>
public sealed class WebServer : IAsyncLifetime
{
    public const string HostileText = "<script>alert('owned')</script> Zagaynov met <b>Tene</b> in Jakarta on 6 July 2023.";

    private readonly TemporaryDirectory folder = new();
    private Workspace workspace = null!;
    private WebApplication app = null!;

    public HttpClient Client { get; private set; } = null!;

    public IChanceryStore Store => workspace.Store;

    public Id<Engagement> Call { get; private set; }

    public Id<Engagement> Hostile { get; private set; }

    public Id<Engagement> Secret { get; private set; }

    public Id<Engagement> Arsom { get; private set; }

    /// <summary>The confidential talks' source.</summary>
    public Id<Source> SecretSource { get; private set; }

    /// <summary>The restricted briefing's source.</summary>
    public Id<Source> RestrictedSource { get; private set; }

    /// <summary>The courtesy call's source, public.</summary>
    public Id<Source> PublicSource { get; private set; }

    /// <summary>Michael Tene, of the public courtesy call (and of other records).</summary>
    public Id<Person> Tene { get; private set; }

    /// <summary>A person known only from the confidential talks.</summary>
    public Id<Person> Kurilov { get; private set; }

    /// <summary>A person known only from the restricted briefing.</summary>
    public Id<Person> Vong { get; private set; }

    /// <summary>A restricted briefing, from a restricted source: the 18th ARSOM, as far as the mechanisms tell.</summary>
    public Id<Engagement> Briefing { get; private set; }

    /// <summary>
    /// Users by name with their passwords: viewer (public), analyst (a viewer cleared for everything), editor (public),
    /// officer (an editor cleared for restricted records) and admin (cleared for everything).
    /// </summary>
    public Dictionary<string, string> Passwords { get; } = [];

    /// <summary>An API token of each user, by name.</summary>
    public Dictionary<string, string> Tokens { get; } = [];

    /// <summary>An API token of the viewer cleared for everything.</summary>
    public string AnalystToken { get; private set; } = "";

    /// <summary>An API token of the editor cleared for restricted records.</summary>
    public string OfficerToken { get; private set; } = "";

    /// <summary>The record of each classification: the public courtesy call, the restricted briefing, the confidential talks.</summary>
    public Id<Engagement> EngagementOf(Classification classification) => classification switch
    {
        Classification.Public => Call,
        Classification.Restricted => Briefing,
        _ => Secret,
    };

    public Id<Source> SourceOf(Classification classification) => classification switch
    {
        Classification.Public => PublicSource,
        Classification.Restricted => RestrictedSource,
        _ => SecretSource,
    };

    /// <summary>A person known only from the record of the classification (or, for public, from a public one).</summary>
    public (string Name, Id<Person> Id) PersonOf(Classification classification) => classification switch
    {
        Classification.Public => ("Michael Tene", Tene),
        Classification.Restricted => ("Anan Vong", Vong),
        _ => ("Ivan Kurilov", Kurilov),
    };

    /// <summary>Every route the application maps, as "METHOD /pattern".</summary>
    public IEnumerable<string> Routes => app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => $"{method} /{e.RoutePattern.RawText!.TrimStart('/')}"));

    /// <summary>A client sending the token as its bearer credentials.</summary>
    public HttpClient ApiClient(string token)
    {
        var client = new HttpClient { BaseAddress = Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, as a browser session seen from the server.</summary>
    public BrowserSession NewSession() => new(Client.BaseAddress!);

    public async Task InitializeAsync()
    {
        workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("web.db"), IsDefault: false), OpenMode.Initialise);
        await workspace.Store.WriteAsync(async (w, ct) =>
        {
            await w.SavePlanAsync(Samples.CpaPlan, ct);
            var tene = await w.SavePersonAsync(Samples.Tene, ct);
            Tene = tene;
            var zagaynov = await w.SavePersonAsync(Samples.Zagaynov, ct);
            var source = await w.SaveSourceAsync(Samples.CourtesyCallSource, ct);
            PublicSource = source;
            Call = await w.SaveEngagementAsync(Samples.CourtesyCall(tene, zagaynov, source), ct);
            Arsom = await w.SaveEngagementAsync(Samples.NineteenthArsom(source), ct);
            var hostile = await w.SaveSourceAsync(new Source { Text = HostileText, Title = "<i>Envoy</i> news", Classification = Classification.Public }, ct);
            var start = HostileText.IndexOf("Zagaynov", StringComparison.Ordinal);
            Hostile = await w.SaveEngagementAsync(new Engagement
            {
                When = new DateSpan(new DateOnly(2023, 7, 6)),
                Kind = EngagementKind.BilateralMeeting,
                Parties = [Samples.Asean, Samples.Russia],
                Participants = [new Participant(zagaynov, "Evgeny Zagaynov", "Ambassador", Samples.Russia)],
                Summary = "<img src=x onerror=alert(1)> talks",
                Citations = [new Citation(hostile, CitationRole.Primary) { Evidence = [new EvidenceSpan(EngagementField.Participants, start, start + 8, 0.9, "Evgeny Zagaynov")] }],
            }, ct);
            Kurilov = await w.SavePersonAsync(new Person("Ivan Kurilov"), ct);
            var secret = await w.SaveSourceAsync(new Source { Text = "Zagaynov and Tene held confidential talks on the Kuril question.", Classification = Classification.Confidential }, ct);
            SecretSource = secret;
            Secret = await w.SaveEngagementAsync(new Engagement
            {
                When = new DateSpan(new DateOnly(2024, 3, 1)),
                Kind = EngagementKind.Other,
                Parties = [Samples.Asean, Samples.Russia],
                Participants = [new Participant(zagaynov, "Evgeny Zagaynov", "Ambassador", Samples.Russia), new Participant(Kurilov, "Ivan Kurilov", "Envoy", Samples.Russia)],
                Sitting = new SittingRef(Samples.Arsom, 20),
                Summary = "Kuril consultations",
                Classification = Classification.Confidential,
                Citations = [new Citation(secret, CitationRole.Primary)],
            }, ct);
            var restricted = await w.SaveSourceAsync(new Source { Text = "Tene briefed the envoy on the Mekong water plan.", Classification = Classification.Restricted }, ct);
            RestrictedSource = restricted;
            Vong = await w.SavePersonAsync(new Person("Anan Vong"), ct);
            Briefing = await w.SaveEngagementAsync(new Engagement
            {
                When = new DateSpan(new DateOnly(2022, 9, 14)),
                Kind = EngagementKind.BilateralMeeting,
                Parties = [Samples.Asean, Samples.Russia],
                Participants = [new Participant(Vong, "Anan Vong", "Envoy", Samples.Asean)],
                Sitting = new SittingRef(Samples.Arsom, 18),
                Summary = "Mekong briefing",
                Classification = Classification.Restricted,
                Citations = [new Citation(restricted, CitationRole.Primary)],
            }, ct);
            return 0;
        });
        var accounts = new AccountDesk(workspace.Store, TimeProvider.System);
        foreach (var (name, role, clearance) in new[] { ("viewer", Role.Viewer, Classification.Public), ("analyst", Role.Viewer, Classification.Confidential),
            ("editor", Role.Editor, Classification.Public), ("officer", Role.Editor, Classification.Restricted), ("admin", Role.Admin, Classification.Confidential) })
        {
            // Each chooses their own password in place of the one-time password made for them, as people do at first sign-in.
            var generated = (await accounts.AddAsync(name, role, clearance)).Password;
            Passwords[name] = $"{name} chose this";
            (await accounts.ChangePasswordAsync(name, generated, Passwords[name])).ShouldBe(PasswordChangeOutcome.Changed);
            Tokens[name] = await accounts.IssueTokenAsync(name, "tests");
        }
        AnalystToken = Tokens["analyst"];
        OfficerToken = Tokens["officer"];
        app = ChanceryWebApp.Build(workspace.Store, new WebOptions { Urls = "http://127.0.0.1:0", Clock = new FixedClock(new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.Zero)) });
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
        await workspace.DisposeAsync();
        folder.Dispose();
    }
}
