using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Review;

/// <summary>
/// Where people check what ingestion drafted: the queue of drafts and of records later sources raised flags on,
/// and the three answers: confirm (the record stands, its flags are settled), reject (it is wrong, but kept so that
/// later reports of it are known), edit (set fields; flags on them are settled).
/// </summary>
public sealed class ReviewDesk(IChanceryStore store)
{
    /// <summary>Drafts, newest first, then records confirmed before that later sources raised flags on: those the reviewer's clearance reaches.</summary>
    public Task<IReadOnlyList<Id<Engagement>>> QueueAsync(int limit, Classification clearance = Classification.Confidential, CancellationToken cancellationToken = default) =>
        store.ReadAsync<IReadOnlyList<Id<Engagement>>>(async (reader, ct) =>
        {
            var drafts = await reader.FindEngagementsAsync(new EngagementQuery { Review = ReviewState.Draft, Clearance = clearance, Limit = limit }, ct);
            var flagged = await reader.FindEngagementsAsync(new EngagementQuery { Flagged = true, Clearance = clearance, Limit = limit }, ct);
            return [.. drafts.Rows.Concat(flagged.Rows.Where(r => r.Review != ReviewState.Rejected))
                .Select(r => r.Id).Distinct().Take(limit)];
        }, cancellationToken);

    /// <param name="clearance">The reviewer's: an engagement above it is as absent to them as one that does not exist.</param>
    /// <exception cref="KeyNotFoundException">There is no such engagement the reviewer may see.</exception>
    public Task<Engagement> ConfirmAsync(Id<Engagement> id, Classification clearance = Classification.Confidential, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, clearance, e => e with { Review = ReviewState.Confirmed, Flags = [] }, cancellationToken);

    public Task<Engagement> RejectAsync(Id<Engagement> id, Classification clearance = Classification.Confidential, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, clearance, e => e with { Review = ReviewState.Rejected, Flags = [] }, cancellationToken);

    public Task<Engagement> EditAsync(Id<Engagement> id, EngagementEdit edit, Classification clearance = Classification.Confidential, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, clearance, edit.ApplyTo, cancellationToken);

    private Task<Engagement> ChangeAsync(Id<Engagement> id, Classification clearance, Func<Engagement, Engagement> change, CancellationToken cancellationToken) =>
        store.WriteAsync(async (writer, ct) =>
        {
            var engagement = await writer.EngagementAsync(id, ct) is { } found && found.Classification <= clearance
                ? found
                : throw new KeyNotFoundException($"there is no engagement #{id}");
            var changed = change(engagement);
            await writer.SaveEngagementAsync(changed, ct);
            return changed;
        }, cancellationToken);
}
