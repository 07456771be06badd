namespace Chancery.App;

/// <summary>Two people who took part in the same engagements, and in how many.</summary>
public sealed record NetworkTie(long First, long Second, int Engagements);
