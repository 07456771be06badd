namespace Chancery.Domain;

/// <summary>An action line's status from a day on: "implemented" on 12 June 2024, as a Joint Cooperation Committee reported.</summary>
public sealed record StatusChange(DateOnly On, ImplementationStatus Status);
