using Chancery.Domain;

namespace Chancery.App.Briefing;

/// <summary>What a source says an engagement agreed, signed or adopted, in the source's words.</summary>
public sealed record Outcome(Id<Engagement> Engagement, DateOnly? Date, string Sentence, Id<Source> Source);
