using System.Text.Json;
using Chancery.Domain;

namespace Chancery.ReferenceData;

/// <summary>The recurring dialogue mechanisms of mechanisms.json.</summary>
internal static class MechanismsFile
{
    private const string Name = "mechanisms.json";

    public static IReadOnlyList<Mechanism> Read()
    {
        using var stream = EmbeddedFile.Open(Name);
        var file = JsonSerializer.Deserialize(stream, ReferenceJsonContext.Default.MechanismsJson)
            ?? throw new ReferenceDataException(Name, 0, "empty");
        return [.. file.Mechanisms.Select(ToMechanism)];
    }

    private static Mechanism ToMechanism(MechanismJson json)
    {
        try
        {
            return new Mechanism(
                new Key<Mechanism>(json.Id),
                json.Name,
                Taxonomy<EngagementKind>.Parse(json.Kind),
                Taxonomy<MechanismLevel>.Parse(json.Level),
                Cadence.Parse(json.Cadence),
                json.Parties.Select(ActorId.Parse))
            {
                Acronym = json.Acronym,
                Aliases = json.Aliases ?? [],
                Sittings = [.. (json.Sittings ?? []).Select(s => new Sitting(s.Ordinal, new DateSpan(IsoDate.Parse(s.Date)), s.City, s.Country is null ? null : ActorId.Parse(s.Country)))],
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new ReferenceDataException(Name, 0, $"mechanism {json.Id}: {e.Message}");
        }
    }
}
