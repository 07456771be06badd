namespace Chancery.Web.Api;

/// <summary>One page of the engagement log: its rows, how many match in all, and where the pages around it are.</summary>
public sealed record EngagementListDocument(
    IReadOnlyList<EngagementRowDocument> Items,
    int Total,
    int Page,
    int PageSize,
    string? Next,
    string? Previous);
