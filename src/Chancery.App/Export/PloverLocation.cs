namespace Chancery.App;

/// <summary>Where an event took place: a city (else the venue) and its country.</summary>
public sealed record PloverLocation(string? Name, string? Country);
