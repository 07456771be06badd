using Chancery.Domain;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    public async Task<IReadOnlyList<EngagementOutline>> OutlinesAsync(OutlineQuery query, CancellationToken cancellationToken = default)
    {
        var filter = new SqlFilter("1 = 1");
        if (query.Kind is { } kind)
        {
            filter.Add("e.kind = @kind", ("@kind", SqlValues.Slug(kind)));
        }
        filter.Days(query.Since, query.Until);
        if (query.Mechanism is { } mechanism)
        {
            filter.Add("e.mechanism_id = @mechanism", ("@mechanism", mechanism.Value));
        }
        if (query.Ordinal is { } ordinal)
        {
            filter.Add("e.ordinal = @ordinal", ("@ordinal", ordinal));
        }
        if (query.NotCitedBy is { } source)
        {
            filter.Add("NOT EXISTS (SELECT 1 FROM citation c WHERE c.engagement_id = e.id AND c.source_id = @source)", ("@source", source.Value));
        }
        return await QueryAsync(
            $"""
            SELECT e.id, e.start_date, e.end_date,
                (SELECT {dialect.Joined("actor_id")} FROM engagement_party WHERE engagement_id = e.id),
                (SELECT {dialect.Joined("person_id")} FROM participant WHERE engagement_id = e.id)
            FROM engagement e {filter.Where} ORDER BY e.id
            """,
            r => new EngagementOutline(
                new Id<Engagement>(r.Long(0)),
                r.Span(1),
                [.. Words(r.TextOrNull(3)).Select(a => new ActorId(a)).Order()],
                [.. Words(r.TextOrNull(4)).Select(p => new Id<Person>(long.Parse(p, System.Globalization.CultureInfo.InvariantCulture)))]),
            cancellationToken, filter.Parameters);
    }

    private static string[] Words(string? text) => text?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
