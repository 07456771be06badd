using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Benchmarks;

/// <summary>
/// Grows a store to many engagements for benchmarks: copies of the engagements it holds, moved back by whole years
/// (so that partners, people, mechanisms and sources stay real), every tenth restricted and every twentieth
/// confidential, as a ministry's log would be. Copies are drafts without sittings, so that no mechanism gains sittings.
/// Given many people, the copies' participants are spread over them, so that every person meets someone.
/// </summary>
public static class EngagementMultiplier
{
    private const int BatchSize = 2_000;

    /// <param name="people">People to name as the copies' participants, in place of the originals' (see <see cref="PeopleMultiplier"/>).</param>
    public static async Task<int> GrowAsync(IChanceryStore store, int target, IProgress<LoadProgress>? progress = null, IReadOnlyList<(Id<Person> Id, string Name)>? people = null,
        CancellationToken cancellationToken = default)
    {
        var ids = (await store.ReadAsync((r, ct) => r.FindEngagementsAsync(new EngagementQuery { Clearance = Classification.Confidential }, ct), cancellationToken)).Rows.Select(r => r.Id).ToList();
        var templates = await store.ReadAsync((r, ct) => r.EngagementsAsync(ids, ct), cancellationToken);
        if (templates.Count == 0)
        {
            throw new InvalidOperationException("the store holds no engagement to grow from");
        }
        var count = templates.Count;
        while (count < target)
        {
            var batch = Math.Min(BatchSize, target - count);
            var first = count;
            await store.WriteAsync(async (w, ct) =>
            {
                for (var i = first; i < first + batch; i++)
                {
                    await w.SaveEngagementAsync(Copy(templates[i % templates.Count], i / templates.Count, i, people), ct);
                }
                return 0;
            }, cancellationToken);
            count += batch;
            progress?.Report(new LoadProgress("Growing the engagement log", count, target));
        }
        await store.RefreshStatisticsAsync(cancellationToken);
        return count;
    }

    private static Engagement Copy(Engagement template, int round, int index, IReadOnlyList<(Id<Person> Id, string Name)>? people) => template with
    {
        Participants = people is null or { Count: 0 } ? template.Participants
            : [.. template.Participants.Select((p, j) => Named(p, people[(int)(((long)index * 31 + j * 7_919) % people.Count)]))],
        Id = default,
        When = template.When is { } when ? new DateSpan(Back(when.Start, round), when.End is { } end ? Back(end, round) : null) : null,
        Sitting = null,
        Review = ReviewState.Draft,
        Flags = [],
        Classification = index % 20 == 0 ? Classification.Confidential : index % 10 == 0 ? Classification.Restricted : Classification.Public,
    };

    /// <summary>The participant's place in the copy, taken by another person with the same title, for the same side.</summary>
    private static Participant Named(Participant participant, (Id<Person> Id, string Name) person) => new(person.Id, person.Name, participant.Title, participant.Affiliation);

    /// <summary>Years back, by rounds of 30 so that dates stay after 1900.</summary>
    private static DateOnly Back(DateOnly date, int round) => date.AddYears(-(round % 30));
}
