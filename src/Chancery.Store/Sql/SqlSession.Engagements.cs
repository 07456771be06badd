using Chancery.Domain;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    public async Task<Id<Engagement>> SaveEngagementAsync(Engagement engagement, CancellationToken cancellationToken = default)
    {
        if (engagement.When is { Days: > Engagement.MaxDays } when)
        {
            throw Invalid($"an engagement lasts at most {Engagement.MaxDays} days, not {when.Days} ({when})");
        }
        await EnsureReferencesExistAsync(engagement, cancellationToken);
        var id = engagement.Id.IsSaved
            ? await UpdateEngagementRowAsync(engagement, cancellationToken)
            : await InsertEngagementRowAsync(engagement, cancellationToken);
        await ReplaceEngagementChildrenAsync(id, engagement, cancellationToken);
        if (engagement.Sitting is { Ordinal: { } ordinal } sitting && engagement.When is not null)
        {
            await SaveSittingAsync(sitting.Mechanism, new Sitting(ordinal, engagement.When, engagement.Place.City, engagement.Place.Country), cancellationToken);
        }
        await IndexEngagementAsync(id, engagement, isNew: !engagement.Id.IsSaved, cancellationToken);
        return new Id<Engagement>(id);
    }

    public async Task<Engagement?> EngagementAsync(Id<Engagement> id, CancellationToken cancellationToken = default) =>
        (await EngagementsAsync([id], cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Engagement>> EngagementsAsync(IReadOnlyList<Id<Engagement>> ids, CancellationToken cancellationToken = default) =>
        EngagementsAsync(ids, RecordDetail.Whole, cancellationToken);

    public Task<IReadOnlyList<Engagement>> EngagementsWithoutEvidenceAsync(IReadOnlyList<Id<Engagement>> ids, CancellationToken cancellationToken = default) =>
        EngagementsAsync(ids, RecordDetail.WithoutEvidence, cancellationToken);

    public async Task<Engagement?> EngagementFieldsAsync(Id<Engagement> id, CancellationToken cancellationToken = default) =>
        (await EngagementsAsync([id], RecordDetail.FieldsOnly, cancellationToken)).SingleOrDefault();

    /// <summary>How much of a record a read takes: its sources' citations and flags can outnumber everything else.</summary>
    private enum RecordDetail
    {
        Whole,
        WithoutEvidence,
        FieldsOnly,
    }

    /// <summary>
    /// The engagements, as much of each as <paramref name="detail"/> asks, in one statement: each list of a record comes as
    /// a JSON array made by a subquery, since ingestion reads the record of every report it merges, and a statement a table
    /// cost more than reading the rows.
    /// </summary>
    private async Task<IReadOnlyList<Engagement>> EngagementsAsync(IReadOnlyList<Id<Engagement>> ids, RecordDetail detail, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var d = dialect;
        var evidence = detail == RecordDetail.Whole ? d.AsJson("evidence") : d.AsJson("'[]'");
        var citations = detail == RecordDetail.FieldsOnly ? "'[]'" : $"""
            (SELECT {d.JsonArrayOf(d.JsonArray("source_id", "role", evidence))} FROM
                (SELECT source_id, role, evidence FROM citation WHERE engagement_id = e.id ORDER BY source_id) c)
            """;
        var flags = detail == RecordDetail.FieldsOnly ? "'[]'" : $"""
            (SELECT {d.JsonArrayOf(d.JsonArray("field", "proposed", "source_id"))} FROM
                (SELECT field, proposed, source_id FROM review_flag WHERE engagement_id = e.id ORDER BY seq) f)
            """;
        var engagements = (await QueryAsync(
            $"""
            SELECT e.id, e.start_date, e.end_date, e.kind, e.mechanism_id, e.ordinal, e.venue, e.city, e.country, e.virtual, e.summary, e.review, e.classification,
                (SELECT {d.JsonArrayOf("actor_id")} FROM engagement_party WHERE engagement_id = e.id),
                (SELECT {d.JsonArrayOf(d.JsonArray("person_id", "name", "title", "affiliation"))} FROM
                    (SELECT p.person_id, person.name, p.title, p.affiliation FROM participant p JOIN person ON person.id = p.person_id
                     WHERE p.engagement_id = e.id ORDER BY p.seq) p),
                (SELECT {d.JsonArrayOf("sector")} FROM engagement_sector WHERE engagement_id = e.id),
                (SELECT {d.JsonArrayOf(d.JsonArray("actor_id", "stance"))} FROM engagement_stance WHERE engagement_id = e.id),
                (SELECT {d.JsonArrayOf("plan_id")} FROM engagement_plan WHERE engagement_id = e.id),
                {citations},
                {flags}
            FROM engagement e WHERE e.id IN ({d.IdsOf("@ids")})
            """,
            r => new Engagement
            {
                Id = new Id<Engagement>(r.Long(0)),
                When = r.Span(1),
                Kind = r.Enum<EngagementKind>(3),
                Sitting = r.TextOrNull(4) is { } mechanism ? new SittingRef(new Key<Mechanism>(mechanism), r.IntOrNull(5)) : null,
                Place = new Place { Venue = r.TextOrNull(6), City = r.TextOrNull(7), Country = r.ActorOrNull(8), Virtual = r.Bool(9) },
                Summary = r.Text(10),
                Review = r.Enum<ReviewState>(11),
                Classification = r.Enum<Classification>(12),
                Parties = JsonColumn.Rows(r.Text(13), e => new ActorId(e.GetString()!)),
                Participants = JsonColumn.Rows(r.Text(14), e => new Participant(new Id<Person>(e[0].GetInt64()), e[1].GetString()!, e[2].GetString()!, JsonColumn.Actor(e[3]))),
                Sectors = JsonColumn.Rows(r.Text(15), e => Taxonomy<Sector>.Parse(e.GetString()!)),
                Stances = JsonColumn.Rows(r.Text(16), e => new ActorStance(new ActorId(e[0].GetString()!), Taxonomy<Stance>.Parse(e[1].GetString()!))),
                Plans = JsonColumn.Rows(r.Text(17), e => new Key<Plan>(e.GetString()!)),
                Citations = JsonColumn.Rows(r.Text(18), e => new Citation(new Id<Source>(e[0].GetInt64()), Taxonomy<CitationRole>.Parse(e[1].GetString()!))
                {
                    Evidence = EvidenceJson.Read(e[2].GetRawText()),
                }),
                Flags = JsonColumn.Rows(r.Text(19), e => new ReviewFlag(Taxonomy<EngagementField>.Parse(e[0].GetString()!), e[1].GetString()!, new Id<Source>(e[2].GetInt64()))),
            },
            cancellationToken, ("@ids", JsonIds(ids.Select(i => i.Value))))).ToDictionary(e => e.Id);
        return [.. ids.Where(engagements.ContainsKey).Select(id => engagements[id])];
    }

    private async Task<long> InsertEngagementRowAsync(Engagement engagement, CancellationToken cancellationToken)
    {
        var now = Now();
        return (long)(await ScalarAsync(
            """
            INSERT INTO engagement (start_date, end_date, kind, mechanism_id, ordinal, venue, city, country, virtual, summary, review, classification, created_at, updated_at)
            VALUES (@start, @end, @kind, @mechanism, @ordinal, @venue, @city, @country, @virtual, @summary, @review, @classification, @now, @now)
            RETURNING id
            """,
            cancellationToken, [.. EngagementColumns(engagement), ("@now", now)]))!;
    }

    private async Task<long> UpdateEngagementRowAsync(Engagement engagement, CancellationToken cancellationToken)
    {
        var id = engagement.Id.Value;
        var changed = await ExecuteAsync(
            """
            UPDATE engagement SET start_date = @start, end_date = @end, kind = @kind, mechanism_id = @mechanism, ordinal = @ordinal,
                venue = @venue, city = @city, country = @country, virtual = @virtual, summary = @summary, review = @review,
                classification = @classification, updated_at = @now
            WHERE id = @id
            """,
            cancellationToken, [.. EngagementColumns(engagement), ("@now", Now()), ("@id", id)]);
        if (changed == 0)
        {
            throw Invalid($"there is no engagement #{id} to update");
        }
        // Citations are kept: a source's citation, once stored with its evidence, stays as it is (see ReplaceCitationsAsync).
        foreach (var table in new[] { "engagement_party", "participant", "engagement_sector", "engagement_stance", "engagement_plan", "review_flag" })
        {
            await ExecuteAsync($"DELETE FROM {table} WHERE engagement_id = @id", cancellationToken, ("@id", id));
        }
        return id;
    }

    private static (string, object?)[] EngagementColumns(Engagement e) =>
    [
        ("@start", SqlValues.Iso(e.When?.Start)), ("@end", SqlValues.Iso(e.When?.End)), ("@kind", SqlValues.Slug(e.Kind)),
        ("@mechanism", e.Sitting?.Mechanism.Value), ("@ordinal", e.Sitting?.Ordinal),
        ("@venue", e.Place.Venue), ("@city", e.Place.City), ("@country", e.Place.Country?.Value), ("@virtual", e.Place.Virtual ? 1 : 0),
        ("@summary", e.Summary), ("@review", SqlValues.Slug(e.Review)), ("@classification", SqlValues.Slug(e.Classification)),
    ];

    /// <summary>The rows of every list of the record, one statement a table: each list travels as one JSON array.</summary>
    private async Task ReplaceEngagementChildrenAsync(long id, Engagement engagement, CancellationToken cancellationToken)
    {
        if (engagement.Parties.Count > 0)
        {
            await ExecuteAsync($"INSERT INTO engagement_party (engagement_id, actor_id) SELECT @id, value FROM ({dialect.TextsOf("@rows")}) r",
                cancellationToken, ("@id", id), ("@rows", JsonList(engagement.Parties.Select(p => p.Value))));
        }
        if (engagement.Participants.Count > 0)
        {
            await ExecuteAsync(
                $"""
                INSERT INTO participant (engagement_id, seq, person_id, title, affiliation)
                SELECT @id, key, c0, c1, c2 FROM ({dialect.RowsOf("@rows", "bigint", "text", "text")}) r
                """,
                cancellationToken, ("@id", id), ("@rows", JsonRows(engagement.Participants, (w, p) =>
                {
                    w.WriteNumberValue(p.Person.Value);
                    w.WriteStringValue(p.Title);
                    w.WriteStringValue(p.Affiliation?.Value);
                })));
        }
        if (engagement.Sectors.Count > 0)
        {
            await ExecuteAsync($"INSERT INTO engagement_sector (engagement_id, sector) SELECT @id, value FROM ({dialect.TextsOf("@rows")}) r",
                cancellationToken, ("@id", id), ("@rows", JsonList(engagement.Sectors.Select(SqlValues.Slug))));
        }
        if (engagement.Stances.Count > 0)
        {
            await ExecuteAsync($"INSERT INTO engagement_stance (engagement_id, actor_id, stance) SELECT @id, c0, c1 FROM ({dialect.RowsOf("@rows", "text", "text")}) r",
                cancellationToken, ("@id", id), ("@rows", JsonRows(engagement.Stances, (w, s) =>
                {
                    w.WriteStringValue(s.Actor.Value);
                    w.WriteStringValue(SqlValues.Slug(s.Stance));
                })));
        }
        if (engagement.Plans.Count > 0)
        {
            await ExecuteAsync($"INSERT INTO engagement_plan (engagement_id, plan_id) SELECT @id, value FROM ({dialect.TextsOf("@rows")}) r",
                cancellationToken, ("@id", id), ("@rows", JsonList(engagement.Plans.Select(p => p.Value))));
        }
        await InsertFlagsAsync(id, engagement, cancellationToken);
        await ReplaceCitationsAsync(id, engagement, cancellationToken);
    }

    /// <summary>
    /// The record's citations: those of sources no longer cited go (their evidence with them), those of new sources
    /// come with their evidence, and those already stored stay as they are. An engagement many outlets reported
    /// is saved again at every new report; rewriting every earlier report's evidence each time would grow without end.
    /// </summary>
    private async Task ReplaceCitationsAsync(long id, Engagement engagement, CancellationToken cancellationToken)
    {
        var stored = (await QueryAsync("SELECT source_id FROM citation WHERE engagement_id = @id", r => r.Long(0), cancellationToken, ("@id", id))).ToHashSet();
        var cited = engagement.Citations.Select(c => c.Source.Value).ToHashSet();
        if (stored.Any(s => !cited.Contains(s)))
        {
            await ExecuteAsync($"DELETE FROM citation WHERE engagement_id = @id AND source_id NOT IN ({dialect.IdsOf("@sources")})",
                cancellationToken, ("@id", id), ("@sources", JsonIds(cited)));
        }
        foreach (var citation in engagement.Citations.Where(c => !stored.Contains(c.Source.Value)))
        {
            await InsertCitationAsync(id, citation, cancellationToken);
        }
    }

    public async Task AddCitationAsync(Id<Engagement> engagement, Citation citation, IReadOnlyList<ReviewFlag> flags, CancellationToken cancellationToken = default)
    {
        await EnsureExistAsync("source", flags.Select(f => (object)f.Source.Value).Append(citation.Source.Value).Distinct(), cancellationToken);
        if (await ExecuteAsync("UPDATE engagement SET updated_at = @now WHERE id = @id", cancellationToken, ("@now", Now()), ("@id", engagement.Value)) == 0)
        {
            throw Invalid($"there is no engagement #{engagement} to cite");
        }
        await InsertCitationAsync(engagement.Value, citation, cancellationToken);
        if (flags.Count > 0)
        {
            await ExecuteAsync(
                $"""
                INSERT INTO review_flag (engagement_id, seq, field, proposed, source_id)
                SELECT @id, coalesce((SELECT max(seq) + 1 FROM review_flag WHERE engagement_id = @id), 0) + key, c0, c1, c2
                FROM ({dialect.RowsOf("@rows", FlagTypes)}) r
                """,
                cancellationToken, ("@id", engagement.Value), ("@rows", FlagRows(flags)));
        }
    }

    private async Task InsertCitationAsync(long id, Citation citation, CancellationToken cancellationToken) =>
        await ExecuteAsync("INSERT INTO citation (engagement_id, source_id, role, evidence) VALUES (@id, @source, @role, @evidence)",
            cancellationToken, ("@id", id), ("@source", citation.Source.Value), ("@role", SqlValues.Slug(citation.Role)), ("@evidence", EvidenceJson.Write(citation.Evidence)));

    private async Task InsertFlagsAsync(long id, Engagement engagement, CancellationToken cancellationToken)
    {
        if (engagement.Flags.Count == 0)
        {
            return;
        }
        await ExecuteAsync($"INSERT INTO review_flag (engagement_id, seq, field, proposed, source_id) SELECT @id, key, c0, c1, c2 FROM ({dialect.RowsOf("@rows", FlagTypes)}) r",
            cancellationToken, ("@id", id), ("@rows", FlagRows(engagement.Flags)));
    }

    private static readonly string[] FlagTypes = ["text", "text", "bigint"];

    private static string FlagRows(IEnumerable<ReviewFlag> flags) => JsonRows(flags, (w, flag) =>
    {
        w.WriteStringValue(SqlValues.Slug(flag.Field));
        w.WriteStringValue(flag.Proposed);
        w.WriteNumberValue(flag.Source.Value);
    });

    /// <summary>Refuses a record that points at an actor, person, mechanism, plan or source the store does not hold, naming it.</summary>
    private async Task EnsureReferencesExistAsync(Engagement engagement, CancellationToken cancellationToken)
    {
        var actors = engagement.Parties
            .Concat(engagement.Participants.Select(p => p.Affiliation).OfType<ActorId>())
            .Concat(engagement.Stances.Select(s => s.Actor))
            .Concat(engagement.Place.Country is { } country ? [country] : [])
            .Select(a => a.Value).Distinct();
        await EnsureExistAsync("actor", actors, cancellationToken);
        await EnsureExistAsync("person", engagement.Participants.Select(p => (object)p.Person.Value), cancellationToken);
        await EnsureExistAsync("plan", engagement.Plans.Select(p => p.Value), cancellationToken);
        await EnsureExistAsync("source", engagement.Citations.Select(c => (object)c.Source.Value).Concat(engagement.Flags.Select(f => (object)f.Source.Value)).Distinct(), cancellationToken);
        if (engagement.Sitting is { } sitting)
        {
            await EnsureExistAsync("mechanism", [sitting.Mechanism.Value], cancellationToken);
        }
    }

    private async Task EnsureExistAsync(string table, IEnumerable<object> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Select(k => k.ToString()!).Where(k => !present.Contains((table, k))).ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        // One query a table: the first key of the record that no row has.
        var numeric = table is "person" or "source";
        var set = numeric ? dialect.IdsOf("@keys") : dialect.TextsOf("@keys");
        // NOT EXISTS looks each key up by the primary key; PostgreSQL ran NOT IN over 200,000 people as a scan per key.
        if (await ScalarAsync($"SELECT value FROM ({set}) k WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = k.value) LIMIT 1", cancellationToken, ("@keys", JsonKeys(wanted, numeric))) is { } missing)
        {
            throw Invalid($"the engagement refers to {table} {missing}, which the store does not hold");
        }
        present.UnionWith(wanted.Select(k => (table, k)));
    }
}
