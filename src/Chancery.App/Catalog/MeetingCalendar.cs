using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// The sittings mechanisms' cadences expect, from the sittings a reader may know of: the coming ones, and the overdue
/// ones a desk officer should ask about. A mechanism silent for longer than <see cref="DormantAfterYears"/> years past
/// its expected sitting is taken as dormant, not overdue.
/// </summary>
public static class MeetingCalendar
{
    public const int DormantAfterYears = 2;

    /// <summary>Expected sittings up to <paramref name="until"/>, overdue ones first, each group soonest first.</summary>
    public static async Task<IReadOnlyList<ExpectedMeeting>> ExpectedAsync(IChanceryStore store, Classification clearance, DateOnly today, DateOnly until, ActorId? party = null, CancellationToken cancellationToken = default)
    {
        var mechanisms = await MechanismDirectory.ListAsync(store, party, clearance, cancellationToken);
        return [.. mechanisms
            .Select(m => m.ExpectedNext() is { } next ? new ExpectedMeeting(m, next, next.IsOverdue(today)) : null)
            .OfType<ExpectedMeeting>()
            .Where(e => e.Sitting.Around <= until && e.Sitting.Around >= today.AddYears(-DormantAfterYears))
            .OrderByDescending(e => e.Overdue)
            .ThenBy(e => e.Sitting.Around)];
    }
}
