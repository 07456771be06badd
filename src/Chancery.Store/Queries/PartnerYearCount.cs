using Chancery.Domain;

namespace Chancery.Store;

/// <summary>How many engagements an actor took part in that began in a year.</summary>
public sealed record PartnerYearCount(ActorId Actor, int Year, int Engagements);
