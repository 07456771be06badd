using System.Text.Json;
using Chancery.Domain;

namespace Chancery.ReferenceData;

/// <summary>ASEAN's partnerships from partnerships.json: statuses with the date each began, and country coordinators.</summary>
internal static class PartnershipsFile
{
    private const string Name = "partnerships.json";

    public static IReadOnlyList<Partnership> Read()
    {
        using var stream = EmbeddedFile.Open(Name);
        var file = JsonSerializer.Deserialize(stream, ReferenceJsonContext.Default.PartnershipsJson)
            ?? throw new ReferenceDataException(Name, 0, "empty");
        return [.. file.Partnerships.Select(ToPartnership)];
    }

    private static Partnership ToPartnership(PartnershipJson json)
    {
        try
        {
            return new Partnership(
                ActorId.Parse(json.Partner),
                json.Statuses.Select(s => new StatusPeriod(Taxonomy<PartnershipStatus>.Parse(s.Status), PartialDate.Parse(s.Since))),
                (json.Coordinators ?? []).Select(c => new CoordinatorTerm(ActorId.Parse(c.Coordinator), PartialDate.Parse(c.From), c.To is null ? null : PartialDate.Parse(c.To))));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new ReferenceDataException(Name, 0, $"partner {json.Partner}: {e.Message}");
        }
    }
}
