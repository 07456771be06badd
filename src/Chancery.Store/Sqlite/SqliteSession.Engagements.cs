using Chancery.Domain;

namespace Chancery.Store.Sqlite;

internal sealed partial class SqliteSession
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
        EngagementsAsync(ids, evidence: true, cancellationToken);

    public Task<IReadOnlyList<Engagement>> EngagementsWithoutEvidenceAsync(IReadOnlyList<Id<Engagement>> ids, CancellationToken cancellationToken = default) =>
        EngagementsAsync(ids, evidence: false, cancellationToken);

    private async Task<IReadOnlyList<Engagement>> EngagementsAsync(IReadOnlyList<Id<Engagement>> ids, bool evidence, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var idList = ("$ids", (object?)JsonIds(ids.Select(i => i.Value)));
        const string Among = "engagement_id IN (SELECT value FROM json_each($ids))";
        var parties = (await QueryAsync($"SELECT engagement_id, actor_id FROM engagement_party WHERE {Among}",
            r => (Id: r.Long(0), Actor: r.Actor(1)), cancellationToken, idList)).ToLookup(p => p.Id, p => p.Actor);
        var participants = (await QueryAsync(
            $"SELECT p.engagement_id, p.person_id, person.name, p.title, p.affiliation FROM participant p JOIN person ON person.id = p.person_id WHERE {Among} ORDER BY p.engagement_id, p.seq",
            r => (Id: r.Long(0), Participant: new Participant(new Id<Person>(r.Long(1)), r.Text(2), r.Text(3), r.ActorOrNull(4))),
            cancellationToken, idList)).ToLookup(p => p.Id, p => p.Participant);
        var sectors = (await QueryAsync($"SELECT engagement_id, sector FROM engagement_sector WHERE {Among}",
            r => (Id: r.Long(0), Sector: r.Enum<Sector>(1)), cancellationToken, idList)).ToLookup(s => s.Id, s => s.Sector);
        var stances = (await QueryAsync($"SELECT engagement_id, actor_id, stance FROM engagement_stance WHERE {Among}",
            r => (Id: r.Long(0), Stance: new ActorStance(r.Actor(1), r.Enum<Stance>(2))), cancellationToken, idList)).ToLookup(s => s.Id, s => s.Stance);
        var plans = (await QueryAsync($"SELECT engagement_id, plan_id FROM engagement_plan WHERE {Among}",
            r => (Id: r.Long(0), Plan: new Key<Plan>(r.Text(1))), cancellationToken, idList)).ToLookup(p => p.Id, p => p.Plan);
        var citations = (await QueryAsync(
            $"SELECT engagement_id, source_id, role, {(evidence ? "evidence" : "'[]'")} FROM citation WHERE {Among} ORDER BY engagement_id, source_id",
            r => (Id: r.Long(0), Citation: new Citation(new Id<Source>(r.Long(1)), r.Enum<CitationRole>(2)) { Evidence = EvidenceJson.Read(r.Text(3)) }),
            cancellationToken, idList)).ToLookup(c => c.Id, c => c.Citation);
        var flags = (await QueryAsync($"SELECT engagement_id, field, proposed, source_id FROM review_flag WHERE {Among} ORDER BY engagement_id, seq",
            r => (Id: r.Long(0), Flag: new ReviewFlag(r.Enum<EngagementField>(1), r.Text(2), new Id<Source>(r.Long(3)))), cancellationToken, idList)).ToLookup(f => f.Id, f => f.Flag);
        var engagements = (await QueryAsync(
            $"""
            SELECT id, start_date, end_date, kind, mechanism_id, ordinal, venue, city, country, virtual, summary, review, classification
            FROM engagement WHERE id IN (SELECT value FROM json_each($ids))
            """,
            r =>
            {
                var id = r.Long(0);
                return new Engagement
                {
                    Id = new Id<Engagement>(id),
                    When = r.Span(1),
                    Kind = r.Enum<EngagementKind>(3),
                    Sitting = r.TextOrNull(4) is { } mechanism ? new SittingRef(new Key<Mechanism>(mechanism), r.IntOrNull(5)) : null,
                    Place = new Place { Venue = r.TextOrNull(6), City = r.TextOrNull(7), Country = r.ActorOrNull(8), Virtual = r.Bool(9) },
                    Summary = r.Text(10),
                    Review = r.Enum<ReviewState>(11),
                    Classification = r.Enum<Classification>(12),
                    Parties = [.. parties[id]],
                    Participants = [.. participants[id]],
                    Sectors = [.. sectors[id]],
                    Stances = [.. stances[id]],
                    Plans = [.. plans[id]],
                    Citations = [.. citations[id]],
                    Flags = [.. flags[id]],
                };
            },
            cancellationToken, idList)).ToDictionary(e => e.Id);
        return [.. ids.Where(engagements.ContainsKey).Select(id => engagements[id])];
    }

    private async Task<long> InsertEngagementRowAsync(Engagement engagement, CancellationToken cancellationToken)
    {
        var now = Now();
        return (long)(await ScalarAsync(
            """
            INSERT INTO engagement (start_date, end_date, kind, mechanism_id, ordinal, venue, city, country, virtual, summary, review, classification, created_at, updated_at)
            VALUES ($start, $end, $kind, $mechanism, $ordinal, $venue, $city, $country, $virtual, $summary, $review, $classification, $now, $now)
            RETURNING id
            """,
            cancellationToken, [.. EngagementColumns(engagement), ("$now", now)]))!;
    }

    private async Task<long> UpdateEngagementRowAsync(Engagement engagement, CancellationToken cancellationToken)
    {
        var id = engagement.Id.Value;
        var changed = await ExecuteAsync(
            """
            UPDATE engagement SET start_date = $start, end_date = $end, kind = $kind, mechanism_id = $mechanism, ordinal = $ordinal,
                venue = $venue, city = $city, country = $country, virtual = $virtual, summary = $summary, review = $review,
                classification = $classification, updated_at = $now
            WHERE id = $id
            """,
            cancellationToken, [.. EngagementColumns(engagement), ("$now", Now()), ("$id", id)]);
        if (changed == 0)
        {
            throw Invalid($"there is no engagement #{id} to update");
        }
        // Citations are kept: a source's citation, once stored with its evidence, stays as it is (see ReplaceCitationsAsync).
        foreach (var table in new[] { "engagement_party", "participant", "engagement_sector", "engagement_stance", "engagement_plan", "review_flag" })
        {
            await ExecuteAsync($"DELETE FROM {table} WHERE engagement_id = $id", cancellationToken, ("$id", id));
        }
        return id;
    }

    private static (string, object?)[] EngagementColumns(Engagement e) =>
    [
        ("$start", SqliteValues.Iso(e.When?.Start)), ("$end", SqliteValues.Iso(e.When?.End)), ("$kind", SqliteValues.Slug(e.Kind)),
        ("$mechanism", e.Sitting?.Mechanism.Value), ("$ordinal", e.Sitting?.Ordinal),
        ("$venue", e.Place.Venue), ("$city", e.Place.City), ("$country", e.Place.Country?.Value), ("$virtual", e.Place.Virtual ? 1 : 0),
        ("$summary", e.Summary), ("$review", SqliteValues.Slug(e.Review)), ("$classification", SqliteValues.Slug(e.Classification)),
    ];

    /// <summary>The rows of every list of the record, one statement a table: each list travels as one JSON array.</summary>
    private async Task ReplaceEngagementChildrenAsync(long id, Engagement engagement, CancellationToken cancellationToken)
    {
        if (engagement.Parties.Count > 0)
        {
            await ExecuteAsync("INSERT INTO engagement_party (engagement_id, actor_id) SELECT $id, value FROM json_each($rows)",
                cancellationToken, ("$id", id), ("$rows", JsonList(engagement.Parties.Select(p => p.Value))));
        }
        if (engagement.Participants.Count > 0)
        {
            await ExecuteAsync(
                """
                INSERT INTO participant (engagement_id, seq, person_id, title, affiliation)
                SELECT $id, key, value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows)
                """,
                cancellationToken, ("$id", id), ("$rows", JsonRows(engagement.Participants, (w, p) =>
                {
                    w.WriteNumberValue(p.Person.Value);
                    w.WriteStringValue(p.Title);
                    w.WriteStringValue(p.Affiliation?.Value);
                })));
        }
        if (engagement.Sectors.Count > 0)
        {
            await ExecuteAsync("INSERT INTO engagement_sector (engagement_id, sector) SELECT $id, value FROM json_each($rows)",
                cancellationToken, ("$id", id), ("$rows", JsonList(engagement.Sectors.Select(SqliteValues.Slug))));
        }
        if (engagement.Stances.Count > 0)
        {
            await ExecuteAsync("INSERT INTO engagement_stance (engagement_id, actor_id, stance) SELECT $id, value ->> 0, value ->> 1 FROM json_each($rows)",
                cancellationToken, ("$id", id), ("$rows", JsonRows(engagement.Stances, (w, s) =>
                {
                    w.WriteStringValue(s.Actor.Value);
                    w.WriteStringValue(SqliteValues.Slug(s.Stance));
                })));
        }
        if (engagement.Plans.Count > 0)
        {
            await ExecuteAsync("INSERT INTO engagement_plan (engagement_id, plan_id) SELECT $id, value FROM json_each($rows)",
                cancellationToken, ("$id", id), ("$rows", JsonList(engagement.Plans.Select(p => p.Value))));
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
        var stored = (await QueryAsync("SELECT source_id FROM citation WHERE engagement_id = $id", r => r.Long(0), cancellationToken, ("$id", id))).ToHashSet();
        var cited = engagement.Citations.Select(c => c.Source.Value).ToHashSet();
        if (stored.Any(s => !cited.Contains(s)))
        {
            await ExecuteAsync("DELETE FROM citation WHERE engagement_id = $id AND source_id NOT IN (SELECT value FROM json_each($sources))",
                cancellationToken, ("$id", id), ("$sources", JsonIds(cited)));
        }
        foreach (var citation in engagement.Citations.Where(c => !stored.Contains(c.Source.Value)))
        {
            await InsertCitationAsync(id, citation, cancellationToken);
        }
    }

    public async Task AddCitationAsync(Id<Engagement> engagement, Citation citation, IReadOnlyList<ReviewFlag> flags, CancellationToken cancellationToken = default)
    {
        await EnsureExistAsync("source", flags.Select(f => (object)f.Source.Value).Append(citation.Source.Value).Distinct(), cancellationToken);
        if (await ExecuteAsync("UPDATE engagement SET updated_at = $now WHERE id = $id", cancellationToken, ("$now", Now()), ("$id", engagement.Value)) == 0)
        {
            throw Invalid($"there is no engagement #{engagement} to cite");
        }
        await InsertCitationAsync(engagement.Value, citation, cancellationToken);
        if (flags.Count > 0)
        {
            await ExecuteAsync(
                """
                INSERT INTO review_flag (engagement_id, seq, field, proposed, source_id)
                SELECT $id, coalesce((SELECT max(seq) + 1 FROM review_flag WHERE engagement_id = $id), 0) + key, value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows)
                """,
                cancellationToken, ("$id", engagement.Value), ("$rows", FlagRows(flags)));
        }
    }

    private async Task InsertCitationAsync(long id, Citation citation, CancellationToken cancellationToken) =>
        await ExecuteAsync("INSERT INTO citation (engagement_id, source_id, role, evidence) VALUES ($id, $source, $role, $evidence)",
            cancellationToken, ("$id", id), ("$source", citation.Source.Value), ("$role", SqliteValues.Slug(citation.Role)), ("$evidence", EvidenceJson.Write(citation.Evidence)));

    private async Task InsertFlagsAsync(long id, Engagement engagement, CancellationToken cancellationToken)
    {
        if (engagement.Flags.Count == 0)
        {
            return;
        }
        await ExecuteAsync("INSERT INTO review_flag (engagement_id, seq, field, proposed, source_id) SELECT $id, key, value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows)",
            cancellationToken, ("$id", id), ("$rows", FlagRows(engagement.Flags)));
    }

    private static string FlagRows(IEnumerable<ReviewFlag> flags) => JsonRows(flags, (w, flag) =>
    {
        w.WriteStringValue(SqliteValues.Slug(flag.Field));
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
        if (await ScalarAsync($"SELECT value FROM json_each($keys) WHERE value NOT IN (SELECT id FROM {table}) LIMIT 1", cancellationToken, ("$keys", JsonKeys(wanted, numeric: table is "person" or "source"))) is { } missing)
        {
            throw Invalid($"the engagement refers to {table} {missing}, which the store does not hold");
        }
        present.UnionWith(wanted.Select(k => (table, k)));
    }
}
