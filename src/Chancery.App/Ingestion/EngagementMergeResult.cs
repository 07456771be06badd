using Chancery.Domain;

namespace Chancery.App.Ingestion;

/// <summary>
/// A report merged into a stored engagement: the record as it now is, the report's citation, the flags it raised,
/// and whether any field took something from it (else adding the citation and the flags is all there is to store).
/// </summary>
internal sealed record EngagementMergeResult(Engagement Merged, Citation Citation, IReadOnlyList<ReviewFlag> Raised, bool FieldsChanged);
