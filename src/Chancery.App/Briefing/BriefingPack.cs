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
    IReadOnlyList<OpenActionLines> OpenActionLines,
    IReadOnlyList<Counterpart> Counterparts,
    IReadOnlyList<StanceYear> Stances,
    IReadOnlyList<Source> Sources)
{
    public string Title => Occasion is null ? $"Briefing: {Partner.Partner.Name}" : $"Briefing: {Occasion}";
}
