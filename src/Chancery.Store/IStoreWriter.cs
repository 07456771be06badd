using Chancery.Domain;

namespace Chancery.Store;

/// <summary>Changes to the store, all within the transaction of one <see cref="IChanceryStore.WriteAsync{T}"/>.</summary>
public interface IStoreWriter : IStoreReader
{
    /// <summary>Adds the actor or replaces what was stored under its id.</summary>
    Task SaveActorAsync(Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Replaces the partner's status history and coordinators.</summary>
    Task SavePartnershipAsync(Partnership partnership, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces the mechanism; the sittings it lists are added to those known, replacing the same ordinals.</summary>
    Task SaveMechanismAsync(Mechanism mechanism, CancellationToken cancellationToken = default);

    /// <summary>Adds a person (unsaved id) or replaces one; returns the id.</summary>
    Task<Id<Person>> SavePersonAsync(Person person, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces the plan: its sections, action lines and their dated changes of status.</summary>
    Task SavePlanAsync(Plan plan, CancellationToken cancellationToken = default);

    /// <summary>An editor's answer to a suggested link: the engagement is evidence of the action line (accepted), or not (rejected, not suggested again).</summary>
    Task LinkActionLineAsync(Key<Plan> plan, ActionLineNumber line, Id<Engagement> engagement, bool accepted, CancellationToken cancellationToken = default);

    /// <summary>Adds a source, or returns the id of the one stored with the same text (same content hash).</summary>
    Task<Id<Source>> SaveSourceAsync(Source source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds an engagement (unsaved id) or replaces one. A sitting of a mechanism with an ordinal and a
    /// date is recorded among the mechanism's sittings.
    /// </summary>
    Task<Id<Engagement>> SaveEngagementAsync(Engagement engagement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a source's citation, with its evidence, to a stored engagement, and flags for review, changing nothing
    /// else: what another report of an engagement brings when it says nothing the record lacks.
    /// </summary>
    Task AddCitationAsync(Id<Engagement> engagement, Citation citation, IReadOnlyList<ReviewFlag> flags, CancellationToken cancellationToken = default);

    Task SetMetaAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>Adds a user (unsaved id) or replaces one; returns the id. A name taken by another user is refused.</summary>
    Task<Id<UserAccount>> SaveUserAsync(UserAccount user, CancellationToken cancellationToken = default);

    /// <summary>Keeps an API token of the user by its hash, under a name that says what it is for.</summary>
    Task AddApiTokenAsync(Id<UserAccount> user, string name, string tokenHash, CancellationToken cancellationToken = default);
}
