using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Registry;

/// <summary>
/// What editors record by hand rather than by ingestion: an engagement they know of first-hand, a person and the
/// positions they held, a sitting of a mechanism, a partnership's new status. Each change is one transaction; the
/// store refuses a record that refers to what it does not hold.
/// </summary>
public sealed class RegistryDesk(IChanceryStore store)
{
    /// <summary>
    /// Stores an engagement an editor enters: it is confirmed as entered, since a person, not a reader of press
    /// releases, vouches for it. The clearance caps its classification.
    /// </summary>
    /// <exception cref="StoreException">It refers to an actor, person or mechanism the store does not hold.</exception>
    public Task<Id<Engagement>> RecordEngagementAsync(Engagement engagement, Classification clearance, CancellationToken cancellationToken = default)
    {
        if (engagement.Id.IsSaved)
        {
            throw new ArgumentException("a new engagement has no id yet", nameof(engagement));
        }
        if (engagement.Classification > clearance)
        {
            throw new ArgumentException($"an editor cleared for {Taxonomy<Classification>.Slug(clearance)} records cannot record one {Taxonomy<Classification>.Slug(engagement.Classification)}", nameof(engagement));
        }
        return store.WriteAsync((writer, ct) => writer.SaveEngagementAsync(engagement with { Review = ReviewState.Confirmed }, ct), cancellationToken);
    }

    public Task<Person> AddPersonAsync(Person person, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async (writer, ct) => person with { Id = await writer.SavePersonAsync(person with { Id = default }, ct) }, cancellationToken);

    /// <exception cref="KeyNotFoundException">There is no such person.</exception>
    public Task<Person> EditPersonAsync(Id<Person> id, PersonEdit edit, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async (writer, ct) =>
        {
            var person = await writer.PersonAsync(id, ct) ?? throw new KeyNotFoundException($"there is no person #{id}");
            var changed = edit.ApplyTo(person);
            await writer.SavePersonAsync(changed, ct);
            return changed;
        }, cancellationToken);

    /// <summary>Records a sitting of a mechanism, replacing what was known of the same ordinal.</summary>
    /// <exception cref="KeyNotFoundException">There is no such mechanism.</exception>
    public Task<Mechanism> RecordSittingAsync(Key<Mechanism> id, Sitting sitting, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async (writer, ct) =>
        {
            var mechanism = await writer.MechanismAsync(id, ct) ?? throw new KeyNotFoundException($"there is no mechanism {id}");
            var changed = mechanism.WithSitting(sitting);
            await writer.SaveMechanismAsync(changed, ct);
            return changed;
        }, cancellationToken);

    /// <summary>Records the status a partnership took on, after every status it held before.</summary>
    /// <exception cref="KeyNotFoundException">The actor is no partner.</exception>
    /// <exception cref="ArgumentException">The status does not begin after the current one.</exception>
    public Task<Partnership> RecordStatusAsync(ActorId partner, StatusPeriod status, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async (writer, ct) =>
        {
            var partnership = (await writer.PartnershipsAsync(ct)).FirstOrDefault(p => p.Partner == partner)
                ?? throw new KeyNotFoundException($"{partner} is no partner");
            if (status.Since.CompareTo(partnership.Current.Since) <= 0)
            {
                throw new ArgumentException($"a new status begins after the current one ({Taxonomy<PartnershipStatus>.Slug(partnership.Current.Status)} since {partnership.Current.Since})");
            }
            var changed = new Partnership(partner, [.. partnership.History, status], partnership.Coordinators);
            await writer.SavePartnershipAsync(changed, ct);
            return changed;
        }, cancellationToken);
}
