namespace Chancery.Store;

/// <summary>The rows of one page of results and the number of matches in all.</summary>
public sealed record EngagementPage(IReadOnlyList<EngagementRow> Rows, int Total);
