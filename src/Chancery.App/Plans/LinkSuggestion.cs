using Chancery.Domain;

namespace Chancery.App.Plans;

/// <summary>An action line an engagement may be evidence of, with how well the two match (0 to 1).</summary>
public sealed record LinkSuggestion(Plan Plan, ActionLine Line, double Score);
