using Chancery.Domain;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    public async Task<EngagementPage> FindEngagementsAsync(EngagementQuery query, CancellationToken cancellationToken = default)
    {
        await WriteFullTextAsync(cancellationToken);
        var total = query.Counted ? await CountAsync(query, cancellationToken) : -1;
        var (where, parameters) = Filter(query, paging: query.Limit is not null);
        // Newest first, undated last, in the order of the engagement_date index, which a page of a large log reads without
        // sorting it.
        var page = query.Limit is { } limit ? $"LIMIT {Math.Max(0, limit)} OFFSET {Math.Max(0, query.Offset)}" : query.Offset > 0 ? dialect.From(query.Offset) : "";
        var rows = await QueryAsync(
            $"""
            SELECT e.id, e.start_date, e.end_date, e.kind, e.mechanism_id, e.ordinal, coalesce(m.acronym, m.name),
                   e.venue, e.city, e.country, e.virtual, e.summary, e.review, e.classification,
                   (SELECT {dialect.Joined("actor_id")} FROM engagement_party p WHERE p.engagement_id = e.id)
            FROM engagement e LEFT JOIN mechanism m ON m.id = e.mechanism_id
            {where}
            ORDER BY {dialect.NewestFirst("e.start_date")}, e.id DESC
            {page}
            """,
            r => new EngagementRow(
                new Id<Engagement>(r.Long(0)),
                r.Span(1),
                r.Enum<EngagementKind>(3),
                r.TextOrNull(4) is { } mechanism ? new SittingRef(new Key<Mechanism>(mechanism), r.IntOrNull(5)) : null,
                r.TextOrNull(6),
                new Place { Venue = r.TextOrNull(7), City = r.TextOrNull(8), Country = r.ActorOrNull(9), Virtual = r.Bool(10) },
                r.TextOrNull(14) is { } parties ? [.. parties.Split(' ').Select(p => new ActorId(p)).Order()] : [],
                r.Text(11),
                r.Enum<ReviewState>(12),
                r.Enum<Classification>(13)),
            cancellationToken, parameters);
        return new EngagementPage(rows, total);
    }

    /// <summary>
    /// How many engagements the query finds. Those of the whole log or of one partner, of one kind or all, within a
    /// clearance, over whole years or all time, are sums of the counts triggers keep (engagement_count, migration 0012;
    /// engagement_tally, 0009): counting them one by one took 43 ms for the whole of a million-engagement log, and
    /// 200 ms for a partner with a tenth of it. Other filters are counted from the engagements themselves.
    /// </summary>
    private async Task<int> CountAsync(EngagementQuery query, CancellationToken cancellationToken)
    {
        if (query is { Text: { } text, Party: null, Kind: null, Sector: null, Mechanism: null, Person: null, Review: null, Flagged: false, Since: null, Until: null }
            && dialect.FullText.CountMatches(Visible(query.Clearance)) is { } countMatches)
        {
            return Count(await ScalarAsync(countMatches, cancellationToken, ("@text", dialect.FullText.Query(text))));
        }
        if (query is not { Sector: null, Mechanism: null, Person: null, Review: null, Flagged: false, Text: null }
            || query.Since is { Month: not 1 } or { Day: not 1 } || query.Until is { Month: not 12 } or { Day: not 31 })
        {
            var (where, parameters) = Filter(query, paging: false);
            return Count(await ScalarAsync($"SELECT count(*) FROM engagement e {where}", cancellationToken, parameters));
        }
        var (table, party) = query.Party is not null ? ("engagement_tally", "AND actor_id = @party") : ("engagement_count", "");
        var years = query.Since is null && query.Until is null ? "" : "AND year BETWEEN @from AND @to";
        var counted = Count(await ScalarAsync(
            $"""
            SELECT coalesce(sum(engagements), 0) FROM {table}
            WHERE classification IN ({Visible(query.Clearance)}) {party} {(query.Kind is null ? "" : "AND kind = @kind")} {years}
            """,
            cancellationToken, ("@party", query.Party?.Value), ("@kind", query.Kind is { } kind ? SqlValues.Slug(kind) : null),
            ("@from", query.Since?.Year ?? 1), ("@to", query.Until?.Year ?? 9999)));
        if (query.Since is not { } since)
        {
            return counted;
        }
        // The counts are by the year an engagement starts; one that starts in the days before the first year and ends
        // in it is found too, and counted from the few engagements that start in those days.
        var (spanning, spanningParameters) = Filter(query with { Until = since.AddDays(-1) }, paging: true);
        return counted + Count(await ScalarAsync($"SELECT count(*) FROM engagement e {spanning}", cancellationToken, spanningParameters));

        static int Count(object? total) => Convert.ToInt32(total, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<EngagementTally>> TallyAsync(Classification clearance, ActorId? party = null, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            $"""
            SELECT actor_id, year, kind, sum(engagements) FROM engagement_tally
            WHERE classification IN ({Visible(clearance)}) AND engagements > 0 {(party is null ? "" : "AND actor_id = @party")}
            GROUP BY 1, 2, 3
            """,
            r => new EngagementTally(r.Actor(0), r.Int(1) is var year and > 0 ? year : null, r.Enum<EngagementKind>(2), r.Int(3)),
            cancellationToken, ("@party", party?.Value));

    public async Task<EngagementFacets> EngagementFacetsAsync(EngagementQuery query, CancellationToken cancellationToken = default)
    {
        await WriteFullTextAsync(cancellationToken);
        var (where, parameters) = Filter(query, paging: false);
        var matching = $"SELECT e.id FROM engagement e {where}";
        return new EngagementFacets(
            await QueryAsync($"SELECT e.kind, count(*) FROM engagement e {where} GROUP BY 1 ORDER BY 2 DESC, 1",
                r => (r.Enum<EngagementKind>(0), r.Int(1)), cancellationToken, parameters),
            await QueryAsync($"SELECT actor_id, count(*) FROM engagement_party WHERE engagement_id IN ({matching}) GROUP BY 1 ORDER BY 2 DESC, 1",
                r => (r.Actor(0), r.Int(1)), cancellationToken, parameters),
            await QueryAsync($"SELECT sector, count(*) FROM engagement_sector WHERE engagement_id IN ({matching}) GROUP BY 1 ORDER BY 2 DESC, 1",
                r => (r.Enum<Sector>(0), r.Int(1)), cancellationToken, parameters),
            await QueryAsync($"SELECT CAST(substr(e.start_date, 1, 4) AS INTEGER), count(*) FROM engagement e {where} AND e.start_date IS NOT NULL GROUP BY 1 ORDER BY 1 DESC",
                r => (r.Int(0), r.Int(1)), cancellationToken, parameters));
    }

    public async Task<IReadOnlyList<SectorYearCount>> EngagementsPerSectorAndYearAsync(ActorId party, Classification clearance, int newest, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            $"""
            SELECT s.sector, CAST(substr(e.start_date, 1, 4) AS INTEGER), count(*)
            FROM (SELECT e.id, e.start_date FROM engagement e
                  WHERE e.classification IN ({Visible(clearance)}) AND e.start_date IS NOT NULL
                    AND EXISTS (SELECT 1 FROM engagement_party p WHERE p.engagement_id = e.id AND p.actor_id = @party)
                  ORDER BY {dialect.NewestFirst("e.start_date")}, e.id DESC LIMIT @newest) e
            JOIN engagement_sector s ON s.engagement_id = e.id
            GROUP BY 1, 2
            """,
            r => new SectorYearCount(r.Enum<Sector>(0), r.Int(1), r.Int(2)),
            cancellationToken, ("@party", party.Value), ("@newest", newest));

    /// <summary>The WHERE clause of a query, with only the criteria it sets, so that the engine can use the matching index.</summary>
    /// <param name="paging">
    /// For a page rather than a count. A partner's engagements are counted from the party index (the list of its
    /// engagements, each looked up once), but a page of them is read down the date index, each row checked for the
    /// partner, stopping once the page is full: for a partner in a quarter of a 100,000-engagement log, page 20 took
    /// 34 ms the first way and 4 ms the second.
    /// </param>
    private (string Where, (string, object?)[] Parameters) Filter(EngagementQuery query, bool paging)
    {
        var filter = new SqlFilter($"e.classification IN ({Visible(query.Clearance)})");
        if (query.Party is { } party)
        {
            filter.Add(paging
                ? "EXISTS (SELECT 1 FROM engagement_party p WHERE p.engagement_id = e.id AND p.actor_id = @party)"
                : "e.id IN (SELECT engagement_id FROM engagement_party WHERE actor_id = @party)", ("@party", party.Value));
        }
        filter.Days(query.Since, query.Until);
        if (query.Kind is { } kind)
        {
            filter.Add("e.kind = @kind", ("@kind", SqlValues.Slug(kind)));
        }
        if (query.Sector is { } sector)
        {
            filter.Add("e.id IN (SELECT engagement_id FROM engagement_sector WHERE sector = @sector)", ("@sector", SqlValues.Slug(sector)));
        }
        if (query.Mechanism is { } mechanism)
        {
            filter.Add("e.mechanism_id = @mechanism", ("@mechanism", mechanism.Value));
        }
        if (query.Person is { } person)
        {
            filter.Add("e.id IN (SELECT engagement_id FROM participant WHERE person_id = @person)", ("@person", person.Value));
        }
        if (query.Review is { } review)
        {
            filter.Add("e.review = @review", ("@review", SqlValues.Slug(review)));
        }
        if (query.Flagged)
        {
            filter.Add("e.id IN (SELECT engagement_id FROM review_flag)");
        }
        if (query.Text is { } text)
        {
            filter.Add(dialect.FullText.EngagementMatches, ("@text", dialect.FullText.Query(text)));
        }
        return (filter.Where, filter.Parameters);
    }
}
