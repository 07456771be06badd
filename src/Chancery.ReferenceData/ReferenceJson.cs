using System.Text.Json.Serialization;

namespace Chancery.ReferenceData;

// The shapes of the JSON reference files, as written; mapped to domain records by their *File readers.

internal sealed record PartnershipsJson(IReadOnlyList<PartnershipJson> Partnerships);

internal sealed record PartnershipJson(string Partner, IReadOnlyList<StatusJson> Statuses, IReadOnlyList<CoordinatorJson>? Coordinators = null);

internal sealed record StatusJson(string Status, string Since);

internal sealed record CoordinatorJson(string Coordinator, string From, string? To = null);

internal sealed record MechanismsJson(IReadOnlyList<MechanismJson> Mechanisms);

internal sealed record MechanismJson(string Id, string Name, string Kind, string Level, string Cadence, IReadOnlyList<string> Parties, string? Acronym = null, IReadOnlyList<string>? Aliases = null, IReadOnlyList<SittingJson>? Sittings = null);

internal sealed record SittingJson(int Ordinal, string Date, string? City = null, string? Country = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(PartnershipsJson))]
[JsonSerializable(typeof(MechanismsJson))]
internal sealed partial class ReferenceJsonContext : JsonSerializerContext;
