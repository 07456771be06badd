using Chancery.Domain;

namespace Chancery.Store;

/// <summary>How the engagements a query finds spread over kinds, partners, sectors and years: the log's facet counts.</summary>
public sealed record EngagementFacets(
    IReadOnlyList<(EngagementKind Kind, int Count)> Kinds,
    IReadOnlyList<(ActorId Party, int Count)> Parties,
    IReadOnlyList<(Sector Sector, int Count)> Sectors,
    IReadOnlyList<(int Year, int Count)> Years);
