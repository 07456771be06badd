using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Briefing;

/// <summary>Gathers a partner's briefing pack from the store, at the reader's clearance.</summary>
public static class BriefingBuilder
{
    /// <summary>How many of the newest engagements the pack reads: a year or two of a busy relationship.</summary>
    public const int RecentEngagements = 12;

    /// <param name="mechanism">When the pack is for a meeting: the mechanism whose next sitting it prepares.</param>
    /// <returns>Null when the actor is no partner.</returns>
    public static async Task<BriefingPack?> BuildAsync(IChanceryStore store, ActorId partner, Classification clearance, DateOnly today, Key<Mechanism>? mechanism = null, CancellationToken cancellationToken = default)
    {
        if (await PartnerDirectory.FindAsync(store, partner, today, clearance, RecentEngagements, cancellationToken) is not var (summary, page))
        {
            return null;
        }
        var expected = await MeetingCalendar.ExpectedAsync(store, clearance, today, today.AddYears(1), partner, cancellationToken);
        var occasion = mechanism is { } id && expected.FirstOrDefault(e => e.Mechanism.Id == id) is { } next
            ? $"{next.Label}, expected around {next.Sitting.Around:MMMM yyyy}"
            : null;
        return await store.ReadAsync(async (reader, ct) =>
        {
            var engagements = (await reader.EngagementsWithoutEvidenceAsync([.. page.Rows.Select(r => r.Id)], ct)).Where(e => e.Classification <= clearance).ToList();
            var plans = (await reader.PlansAsync(ct)).Where(p => p.Parties.Contains(partner) && p.IsInForce(today.Year)).ToList();
            var sources = await VisibleSources.ReadAsync(reader, engagements.SelectMany(e => e.Citations).Select(c => c.Source), clearance, ct);
            return new BriefingPack(
                summary,
                today,
                occasion,
                engagements,
                OutcomeReader.Of(engagements, sources),
                expected,
                [.. plans.Select(plan => new OpenActionLines(plan, [.. plan.ActionLines
                    .Where(line => line.Status != ImplementationStatus.Implemented)
                    .GroupBy(line => line.Sector)
                    .OrderBy(group => group.Key is null).ThenBy(group => group.Key)
                    .Select(group => new SectorLines(group.Key, [.. group]))]))],
                Counterparts(engagements),
                [.. engagements
                    .Where(e => e.When is not null)
                    .SelectMany(e => e.Stances.Where(s => s.Actor == partner).Select(s => (e.When!.Value.Start.Year, s.Stance)))
                    .GroupBy(s => s)
                    .OrderByDescending(g => g.Key.Year).ThenBy(g => g.Key.Stance)
                    .Select(g => new StanceYear(g.Key.Year, g.Key.Stance, g.Count()))],
                [.. sources.OrderByDescending(s => s.Published)]);
        }, cancellationToken);
    }

    private static IReadOnlyList<Counterpart> Counterparts(IReadOnlyList<Engagement> engagements) =>
        [.. engagements
            .SelectMany(e => e.Participants.Select(p => (Engagement: e, Participant: p)))
            .GroupBy(x => x.Participant.Person.IsSaved ? x.Participant.Person.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : x.Participant.Name)
            .Select(group =>
            {
                var last = group.OrderByDescending(x => x.Engagement.When?.Start ?? DateOnly.MinValue).First();
                return new Counterpart(last.Participant.Name, last.Participant.Title.Length > 0 ? last.Participant.Title : null, last.Participant.Affiliation,
                    group.Select(x => x.Engagement.Id).Distinct().Count(), last.Engagement.When?.Start);
            })
            .OrderByDescending(c => c.Engagements).ThenBy(c => c.Name, StringComparer.Ordinal)];
}
