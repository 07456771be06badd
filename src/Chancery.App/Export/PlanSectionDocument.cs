namespace Chancery.App;

/// <summary>A section of a plan as JSON, with its progress and action lines.</summary>
public sealed record PlanSectionDocument(string Number, string Title, ProgressDocument Progress, IReadOnlyList<ActionLineDocument> ActionLines);
