using Chancery.Domain;

namespace Chancery.Store;

/// <summary>How many engagements that began in a year took up a sector.</summary>
public sealed record SectorYearCount(Sector Sector, int Year, int Engagements);
