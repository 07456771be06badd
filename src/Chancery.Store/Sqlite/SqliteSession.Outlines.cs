using System.Text;
using Chancery.Domain;

namespace Chancery.Store.Sqlite;

internal sealed partial class SqliteSession
{

    public async Task<IReadOnlyList<EngagementOutline>> OutlinesAsync(OutlineQuery query, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        void Add(string condition, string name, object value)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }
        if (query.Kind is { } kind)
        {
            Add("e.kind = $kind", "$kind", SqliteValues.Slug(kind));
        }
        if (query.Since is { } since)
        {
            // No engagement lasts longer than a season: the bound on its start lets the index on (kind, start_date) do the work.
            Add("coalesce(e.end_date, e.start_date) >= $since AND e.start_date >= $earliest", "$since", IsoDate.Format(since));
            parameters.Add(("$earliest", IsoDate.Format(since.AddDays(1 - Engagement.MaxDays))));
        }
        if (query.Until is { } until)
        {
            Add("e.start_date <= $until", "$until", IsoDate.Format(until));
        }
        if (query.Mechanism is { } mechanism)
        {
            Add("e.mechanism_id = $mechanism", "$mechanism", mechanism.Value);
        }
        if (query.Ordinal is { } ordinal)
        {
            Add("e.ordinal = $ordinal", "$ordinal", ordinal);
        }
        if (query.NotCitedBy is { } source)
        {
            Add("NOT EXISTS (SELECT 1 FROM citation c WHERE c.engagement_id = e.id AND c.source_id = $source)", "$source", source.Value);
        }
        return await QueryAsync(
            $"""
            SELECT e.id, e.start_date, e.end_date,
                (SELECT group_concat(actor_id, ' ') FROM engagement_party WHERE engagement_id = e.id),
                (SELECT group_concat(person_id, ' ') FROM participant WHERE engagement_id = e.id)
            FROM engagement e {where} ORDER BY e.id
            """,
            r => new EngagementOutline(
                new Id<Engagement>(r.Long(0)),
                r.Span(1),
                [.. Words(r.TextOrNull(3)).Select(a => new ActorId(a)).Order()],
                [.. Words(r.TextOrNull(4)).Select(p => new Id<Person>(long.Parse(p, System.Globalization.CultureInfo.InvariantCulture)))]),
            cancellationToken, [.. parameters]);
    }

    private static string[] Words(string? text) => text?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
