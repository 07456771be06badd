using Chancery.Domain;

namespace Chancery.Store;

/// <summary>Queries over the store, all within the snapshot of one <see cref="IChanceryStore.ReadAsync{T}"/>.</summary>
public interface IStoreReader
{
    Task<IReadOnlyList<Actor>> ActorsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Partnership>> PartnershipsAsync(CancellationToken cancellationToken = default);

    /// <summary>Mechanisms with their sittings; those a party takes part in when <paramref name="party"/> is given.</summary>
    Task<IReadOnlyList<Mechanism>> MechanismsAsync(ActorId? party = null, CancellationToken cancellationToken = default);

    Task<Mechanism?> MechanismAsync(Key<Mechanism> id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sittings known only from engagements above the clearance (every engagement of that mechanism and ordinal is), of
    /// one mechanism or of all: a reader below it must not learn of them from the mechanism's list of sittings.
    /// </summary>
    Task<IReadOnlyList<SittingRef>> HiddenSittingsAsync(Classification clearance, Key<Mechanism>? mechanism = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Person>> PeopleAsync(PeopleQuery query, CancellationToken cancellationToken = default);

    Task<Person?> PersonAsync(Id<Person> id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Plan>> PlansAsync(CancellationToken cancellationToken = default);

    Task<Plan?> PlanAsync(Key<Plan> id, CancellationToken cancellationToken = default);

    /// <summary>The action lines an engagement was linked to, or refused for, by editors.</summary>
    Task<IReadOnlyList<ActionLineLink>> ActionLineLinksAsync(Id<Engagement> engagement, CancellationToken cancellationToken = default);

    Task<Source?> SourceAsync(Id<Source> id, CancellationToken cancellationToken = default);

    Task<Source?> SourceByHashAsync(ContentHash hash, CancellationToken cancellationToken = default);

    /// <summary>The first source read from this address, if any.</summary>
    Task<Source?> SourceByUrlAsync(Uri url, CancellationToken cancellationToken = default);

    /// <summary>Sources the clearance reaches, newest first (by when they were stored), from the offset on; each with its opening words.</summary>
    Task<IReadOnlyList<SourceHit>> RecentSourcesAsync(Classification clearance, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Sources whose title or text match, best first, that the clearance may see.</summary>
    Task<IReadOnlyList<SourceHit>> SearchSourcesAsync(SearchText text, Classification clearance, int limit, CancellationToken cancellationToken = default);

    Task<Engagement?> EngagementAsync(Id<Engagement> id, CancellationToken cancellationToken = default);

    /// <summary>Full records of the given engagements, in the order asked; missing ones are left out.</summary>
    Task<IReadOnlyList<Engagement>> EngagementsAsync(IReadOnlyList<Id<Engagement>> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same records with their citations but not the evidence spans: what comparing a new report with stored
    /// engagements needs. Saved again, such a record keeps the evidence its citations have in the store.
    /// </summary>
    Task<IReadOnlyList<Engagement>> EngagementsWithoutEvidenceAsync(IReadOnlyList<Id<Engagement>> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// The record's fields and lists without its citations and flags, which an engagement many outlets reported has by
    /// the hundred: what comparing a new report with it needs. Never to be saved back as it is, since saving a record
    /// keeps only the citations and flags it carries.
    /// </summary>
    Task<Engagement?> EngagementFieldsAsync(Id<Engagement> id, CancellationToken cancellationToken = default);

    /// <summary>Outlines of the engagements that match, oldest first: one query, for comparing many new reports with the log.</summary>
    Task<IReadOnlyList<EngagementOutline>> OutlinesAsync(OutlineQuery query, CancellationToken cancellationToken = default);

    /// <summary>One page of the engagement log, newest first, and how many match in all.</summary>
    Task<EngagementPage> FindEngagementsAsync(EngagementQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Engagements the clearance reaches, counted by party, year and kind (of one party, or of all): kept as engagements
    /// are stored, so reading it costs the same at a hundred engagements as at a million.
    /// </summary>
    Task<IReadOnlyList<EngagementTally>> TallyAsync(Classification clearance, ActorId? party = null, CancellationToken cancellationToken = default);

    /// <summary>How many of the party's newest engagements (of those the clearance sees) took up each sector, year by year.</summary>
    Task<IReadOnlyList<SectorYearCount>> EngagementsPerSectorAndYearAsync(ActorId party, Classification clearance, int newest, CancellationToken cancellationToken = default);

    /// <summary>How the engagements the query finds (its clearance honoured, its paging ignored) spread over kinds, parties, sectors and years.</summary>
    Task<EngagementFacets> EngagementFacetsAsync(EngagementQuery query, CancellationToken cancellationToken = default);

    Task<StoreCounts> CountsAsync(CancellationToken cancellationToken = default);

    /// <summary>How many evidence spans the citations hold in all: a whole-store count, for benchmarks and reports, never for pages.</summary>
    Task<long> EvidenceSpansAsync(CancellationToken cancellationToken = default);

    Task<string?> MetaAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The user of that name, in any case; null when there is none.</summary>
    Task<UserAccount?> UserAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UserAccount>> UsersAsync(CancellationToken cancellationToken = default);

    /// <summary>The user an API token of that hash belongs to; null when no token has it.</summary>
    Task<UserAccount?> UserByTokenAsync(string tokenHash, CancellationToken cancellationToken = default);
}
