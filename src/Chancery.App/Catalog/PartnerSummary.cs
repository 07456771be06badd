using Chancery.Domain;

namespace Chancery.App;

/// <summary>One of ASEAN's partners at a glance: its standing, its coordinator, how often the two met.</summary>
public sealed record PartnerSummary(
    Actor Partner,
    Partnership Partnership,
    CoordinatorTerm? Coordinator,
    int Engagements,
    DateOnly? LastEngagement);
