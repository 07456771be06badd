namespace Chancery.Domain;

/// <summary>The fields of an engagement that a span of source text can be evidence for.</summary>
public enum EngagementField
{
    Date,
    EndDate,
    Kind,
    Mechanism,
    Ordinal,
    Venue,
    City,
    Country,
    Virtual,
    Parties,
    Participants,
    Sectors,
    Stances,
    Plans,
}
