using Chancery.Domain;

namespace Chancery.App;

/// <summary>A partner's engagements per year, in the order of the heatmap's years.</summary>
public sealed record HeatmapRow(Actor Partner, IReadOnlyList<int> Counts);
