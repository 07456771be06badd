namespace Chancery.Store;

/// <summary>How many of each record the store holds.</summary>
public sealed record StoreCounts(int Actors, int Partnerships, int Mechanisms, int People, int Plans, int Sources, int Engagements);
