using Chancery.Domain;

namespace Chancery.App.Briefing;

/// <summary>
/// What a desk officer reads before meeting a partner: where the relationship stands, what the last engagements covered,
/// what is expected next, which action lines of the plans are still open, who the counterparts are, what stances the
/// partner took, and the sources all of it rests on. Everything in it is within the reader's clearance.
/// </summary>
public sealed record BriefingPack(
    PartnerSummary Partner,
    DateOnly Prepared,
    string? Occasion,
    IReadOnlyList<Engagement> RecentEngagements,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<ExpectedMeeting> Expected,
    IReadOnlyList<(Plan Plan, IReadOnlyList<(Sector? Sector, IReadOnlyList<ActionLine> Lines)> Open)> OpenActionLines,
    IReadOnlyList<Counterpart> Counterparts,
    IReadOnlyList<(int Year, Stance Stance, int Engagements)> Stances,
    IReadOnlyList<Source> Sources)
{
    public string Title => Occasion is null ? $"Briefing: {Partner.Partner.Name}" : $"Briefing: {Occasion}";
}

/// <summary>What a source says an engagement agreed, signed or adopted, in the source's words.</summary>
public sealed record Outcome(Id<Engagement> Engagement, DateOnly? Date, string Sentence, Id<Source> Source);

/// <summary>A person met in the partner's engagements, with the position they held at the last of them.</summary>
public sealed record Counterpart(string Name, string? Position, ActorId? Side, int Engagements, DateOnly? LastMet);
