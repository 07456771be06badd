using Chancery.Domain;

namespace Chancery.App.Briefing;

/// <summary>A plan's action lines not yet implemented, grouped by sector (lines without one last).</summary>
public sealed record OpenActionLines(Plan Plan, IReadOnlyList<SectorLines> BySector);
