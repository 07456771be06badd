using System.Text.Json.Serialization;

namespace Chancery.App;

// The shape of data/demo/demo.json, as data/scripts/build-demo.py writes it. DemoLoader maps it to domain records.

internal sealed record DemoJson(
    IReadOnlyList<DemoPersonJson> People,
    IReadOnlyList<DemoMechanismJson> Mechanisms,
    IReadOnlyList<DemoPlanJson> Plans,
    IReadOnlyList<DemoSourceJson> Sources,
    IReadOnlyList<DemoEngagementJson> Engagements);

internal sealed record DemoPersonJson(string Key, string Name, IReadOnlyList<DemoPositionJson> Positions);

internal sealed record DemoPositionJson(string Title, string Affiliation, string? AccreditedTo = null, string? Portfolio = null);

internal sealed record DemoMechanismJson(string Id, string Name, string Kind, string Level, string Cadence, IReadOnlyList<string> Parties, string? Acronym = null);

internal sealed record DemoPlanJson(string Id, string Title, string ShortTitle, IReadOnlyList<string> Parties, int FirstYear, int LastYear, IReadOnlyList<DemoSectionJson> Sections);

internal sealed record DemoSectionJson(string Number, string Title, IReadOnlyList<DemoActionLineJson> ActionLines);

internal sealed record DemoActionLineJson(string Number, string Text, string? Sector, string Status);

internal sealed record DemoSourceJson(string Key, string? Title, string? Outlet, string? Published, string Text);

internal sealed record DemoEngagementJson(
    string? Date,
    string? EndDate,
    string Kind,
    string? Mechanism,
    int? Ordinal,
    string? Venue,
    string? City,
    string? Country,
    bool Virtual,
    IReadOnlyList<string> Parties,
    IReadOnlyList<DemoParticipantJson> Participants,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<DemoStanceJson> Stances,
    IReadOnlyList<string> Plans,
    string Summary,
    string Review,
    string Classification,
    IReadOnlyList<DemoCitationJson> Citations);

internal sealed record DemoParticipantJson(string Person, string Title, string? Affiliation);

internal sealed record DemoStanceJson(string Actor, string Stance);

internal sealed record DemoCitationJson(string Source, string Role, IReadOnlyList<DemoEvidenceJson> Evidence);

internal sealed record DemoEvidenceJson(string Field, int Start, int End, double Confidence, string? Value);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DemoJson))]
internal sealed partial class DemoJsonContext : JsonSerializerContext;
