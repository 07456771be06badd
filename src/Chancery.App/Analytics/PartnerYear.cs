using Chancery.Domain;

namespace Chancery.App.Analytics;

/// <summary>A partner's engagements in one year: by kind, by sector, and their intensity (each weighted by its level).</summary>
public sealed record PartnerYear(int Year, IReadOnlyDictionary<EngagementKind, int> Kinds, IReadOnlyDictionary<Sector, int> Sectors)
{
    public int Engagements => Kinds.Values.Sum();

    public int Intensity => Kinds.Sum(k => k.Value * EngagementWeight.Of(k.Key));
}
