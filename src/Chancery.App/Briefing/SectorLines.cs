using Chancery.Domain;

namespace Chancery.App.Briefing;

/// <summary>The open action lines of one sector; a null sector for lines whose words name none.</summary>
public sealed record SectorLines(Sector? Sector, IReadOnlyList<ActionLine> Lines);
