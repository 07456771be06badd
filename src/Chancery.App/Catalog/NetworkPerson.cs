namespace Chancery.App;

/// <summary>A person in the meeting network: whom they serve and in how many of the engagements read they took part.</summary>
public sealed record NetworkPerson(long Id, string Name, string? Affiliation, int Engagements);
