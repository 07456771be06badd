namespace Chancery.Domain;

/// <summary>A status a partnership took on, and when: "strategic partner since 14 November 2018".</summary>
public sealed record StatusPeriod(PartnershipStatus Status, PartialDate Since);
