using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chancery.Domain;

namespace Chancery.Web.Tests;

/// <summary>
/// Every endpoint of the API, by every kind of user (with their API token, or none), for a record of every
/// classification: a record shows in a list, answers by id and counts exactly when the user's clearance reaches it;
/// only editors change anything, and never a record above their clearance, nor classify one above it.
/// </summary>
/// <remarks>
/// Requests that change records carry bodies the API refuses (400) once it lets the user in, so that the matrix reads
/// who gets that far without changing what the other cells see. The changes themselves are tested elsewhere.
/// </remarks>
public sealed class ApiAuthorizationMatrixTest(WebServer server) : IClassFixture<WebServer>
{
    /// <summary>How an endpoint treats users and classifications.</summary>
    private enum Access
    {
        /// <summary>Answers everyone; a record of the classification is in the answer only when the user is cleared for it.</summary>
        List,

        /// <summary>Answers with the record when the user is cleared for it, 404 otherwise.</summary>
        Record,

        /// <summary>Unclassified: answers everyone the same.</summary>
        Open,

        /// <summary>Changes a record: editors cleared for it get as far as the body (400), other editors a 404.</summary>
        ChangeRecord,

        /// <summary>Answers a record (confirm, reject): editors cleared for it do (200), other editors get a 404.</summary>
        Answer,

        /// <summary>Adds a record of the classification: editors get as far as the body, which names the classification when it is above theirs.</summary>
        Add,

        /// <summary>Changes unclassified reference data: editors get as far as the body.</summary>
        ChangeOpen,
    }

    /// <param name="Shows">For a list, whether the answer's text shows the record of the classification.</param>
    private sealed record Probe(string Endpoint, Access Access, Func<Classification, string> Path, Func<Classification, object>? Body = null, Func<Classification, string, bool>? Shows = null);

    private IReadOnlyList<Probe> Probes() =>
    [
        new("GET /api/v1/engagements", Access.List, _ => "/api/v1/engagements?page_size=200", Shows: (c, body) => Has(body, $"\"id\":{server.EngagementOf(c).Value},")),
        new("POST /api/v1/engagements", Access.Add, _ => "/api/v1/engagements", c => new { classification = Slug(c) }),
        new("GET /api/v1/engagements/{id}", Access.Record, c => $"/api/v1/engagements/{server.EngagementOf(c).Value}"),
        new("PATCH /api/v1/engagements/{id}", Access.ChangeRecord, c => $"/api/v1/engagements/{server.EngagementOf(c).Value}", _ => new { kind = "banquet" }),
        new("POST /api/v1/engagements/{id}/reject", Access.Answer, c => $"/api/v1/engagements/{server.EngagementOf(c).Value}/reject"),
        new("POST /api/v1/engagements/{id}/confirm", Access.Answer, c => $"/api/v1/engagements/{server.EngagementOf(c).Value}/confirm"),
        new("GET /api/v1/partners", Access.List, _ => "/api/v1/partners", Shows: (c, body) => Russia(JsonDocument.Parse(body).RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "RU"), c)),
        new("GET /api/v1/partners/{code}", Access.List, _ => "/api/v1/partners/RU", Shows: (c, body) => Russia(JsonDocument.Parse(body).RootElement, c)),
        new("POST /api/v1/partners/{code}/statuses", Access.ChangeOpen, _ => "/api/v1/partners/RU/statuses", _ => new { status = "ally" }),
        new("GET /api/v1/people", Access.List, _ => "/api/v1/people", Shows: (c, body) => Has(body, server.PersonOf(c).Name)),
        new("POST /api/v1/people", Access.ChangeOpen, _ => "/api/v1/people", _ => new { name = " " }),
        new("GET /api/v1/people/{id}", Access.Record, c => $"/api/v1/people/{server.PersonOf(c).Id.Value}"),
        new("PATCH /api/v1/people/{id}", Access.ChangeRecord, c => $"/api/v1/people/{server.PersonOf(c).Id.Value}", _ => new { }),
        new("GET /api/v1/mechanisms", Access.List, _ => "/api/v1/mechanisms", Shows: (c, body) => Arsom(JsonDocument.Parse(body).RootElement.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "asean-ru-som"), c)),
        new("GET /api/v1/mechanisms/{id}", Access.List, _ => "/api/v1/mechanisms/asean-ru-som", Shows: (c, body) => Arsom(JsonDocument.Parse(body).RootElement, c)),
        new("POST /api/v1/mechanisms/{id}/sittings", Access.ChangeOpen, _ => "/api/v1/mechanisms/asean-ru-som/sittings", _ => new { ordinal = 0 }),
        new("GET /api/v1/sources", Access.List, _ => "/api/v1/sources?page_size=200", Shows: (c, body) => Has(body, $"\"id\":{server.SourceOf(c).Value},")),
        new("POST /api/v1/sources", Access.Add, _ => "/api/v1/sources", c => new { classification = Slug(c) }),
        new("GET /api/v1/sources/{id}", Access.Record, c => $"/api/v1/sources/{server.SourceOf(c).Value}"),
        new("GET /api/v1/plans", Access.Open, _ => "/api/v1/plans"),
        new("GET /api/v1/plans/{id}", Access.Open, _ => "/api/v1/plans/asean-ru-cpa-2021-2025"),
    ];

    /// <summary>Whether the ARSOM lists the sitting known only from the record of the classification: 19th public, 18th restricted, 20th confidential.</summary>
    private static bool Arsom(JsonElement mechanism, Classification c) =>
        mechanism.GetProperty("sittings").EnumerateArray().Any(s => s.GetProperty("ordinal").GetInt32() == c switch
        {
            Classification.Public => 19,
            Classification.Restricted => 18,
            _ => 20,
        });

    /// <summary>
    /// Whether Russia's count of engagements takes in the record of the classification: it has three public, one
    /// restricted and one confidential, so a count of four or more includes the restricted one.
    /// </summary>
    private static bool Russia(JsonElement partner, Classification c) =>
        partner.GetProperty("engagements").GetInt32() >= c switch
        {
            Classification.Public => 3,
            Classification.Restricted => 4,
            _ => 5,
        };

    private static bool Has(string body, string marker) =>
        body.Replace(" ", "", StringComparison.Ordinal).Contains(marker.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

    private static string Slug(Classification c) => Taxonomy<Classification>.Slug(c);

    [Fact]
    public async Task Given_the_openapi_document_When_listing_its_endpoints_Then_the_matrix_probes_every_one()
    {
        using var document = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json"));

        var endpoints = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"));

        endpoints.ShouldBe(Probes().Select(p => p.Endpoint), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestUsers.WithEveryClassification), MemberType = typeof(TestUsers))]
    public async Task Given_a_user_and_a_record_When_calling_every_endpoint_Then_each_answers_by_their_role_and_clearance(string user, Classification classification)
    {
        using var client = user.Length == 0 ? new HttpClient { BaseAddress = server.Client.BaseAddress } : server.ApiClient(server.Tokens[user]);
        var (clearance, edits) = TestUsers.All[user];
        var cleared = clearance >= classification;
        var wrong = new List<string>();

        foreach (var probe in Probes())
        {
            var path = probe.Path(classification);
            var method = new HttpMethod(probe.Endpoint.Split(' ')[0]);
            using var request = new HttpRequestMessage(method, path);
            if (method != HttpMethod.Get)
            {
                request.Content = JsonContent.Create(probe.Body?.Invoke(classification) ?? new { });
            }
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var why = Check(probe, classification, response.StatusCode, body, user.Length > 0, edits, cleared);
            if (why is not null)
            {
                wrong.Add($"{probe.Endpoint} ({path}): {why}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    private static string? Check(Probe probe, Classification classification, HttpStatusCode status, string body, bool signedIn, bool edits, bool cleared)
    {
        string? Expect(HttpStatusCode expected) => status == expected ? null : $"answered {(int)status}, expected {(int)expected}";
        switch (probe.Access)
        {
            case Access.List:
                return Expect(HttpStatusCode.OK) ?? (probe.Shows!(classification, body) == cleared ? null : $"{(cleared ? "lacks" : "shows")} the {classification} record");
            case Access.Record:
                return Expect(cleared ? HttpStatusCode.OK : HttpStatusCode.NotFound);
            case Access.Open:
                return Expect(HttpStatusCode.OK);
        }
        if (!signedIn || !edits)
        {
            return Expect(signedIn ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized);
        }
        return probe.Access switch
        {
            Access.ChangeRecord => Expect(cleared ? HttpStatusCode.BadRequest : HttpStatusCode.NotFound),
            Access.Answer => Expect(cleared ? HttpStatusCode.OK : HttpStatusCode.NotFound),
            Access.Add => Expect(HttpStatusCode.BadRequest) ?? (ProblemFields(body).Contains("classification") == !cleared ? null : $"classification {classification} {(cleared ? "refused" : "accepted")}"),
            _ => Expect(HttpStatusCode.BadRequest),
        };
    }

    private static HashSet<string> ProblemFields(string body)
    {
        using var problem = JsonDocument.Parse(body);
        return [.. problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }
}
