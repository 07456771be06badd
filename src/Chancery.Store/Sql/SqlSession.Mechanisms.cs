using Chancery.Domain;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    public async Task<IReadOnlyList<Mechanism>> MechanismsAsync(ActorId? party = null, CancellationToken cancellationToken = default)
    {
        var filter = party is null ? "" : "WHERE id IN (SELECT mechanism_id FROM mechanism_party WHERE actor_id = @party)";
        return await ReadMechanismsAsync(filter, cancellationToken, ("@party", party?.Value));
    }

    public async Task<Mechanism?> MechanismAsync(Key<Mechanism> id, CancellationToken cancellationToken = default) =>
        (await ReadMechanismsAsync("WHERE id = @id", cancellationToken, ("@id", id.Value))).SingleOrDefault();

    public async Task<IReadOnlyList<SittingRef>> HiddenSittingsAsync(Classification clearance, Key<Mechanism>? mechanism = null, CancellationToken cancellationToken = default)
    {
        if (clearance == Classification.Confidential)
        {
            return [];
        }
        return await QueryAsync(
            $"""
            SELECT mechanism_id, ordinal FROM engagement
            WHERE {(mechanism is null ? "mechanism_id IS NOT NULL" : "mechanism_id = @mechanism")} AND ordinal IS NOT NULL
            GROUP BY mechanism_id, ordinal
            HAVING SUM(CASE WHEN classification IN ({Visible(clearance)}) THEN 1 ELSE 0 END) = 0
            """,
            reader => new SittingRef(new Key<Mechanism>(reader.Text(0)), reader.Int(1)),
            cancellationToken, ("@mechanism", mechanism?.Value));
    }

    public async Task SaveMechanismAsync(Mechanism mechanism, CancellationToken cancellationToken = default)
    {
        var id = mechanism.Id.Value;
        mechanismWords.Remove(id);
        await ExecuteAsync(
            """
            INSERT INTO mechanism (id, name, acronym, aliases, kind, level, cadence_months) VALUES (@id, @name, @acronym, @aliases, @kind, @level, @cadence)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym, aliases = excluded.aliases,
                kind = excluded.kind, level = excluded.level, cadence_months = excluded.cadence_months
            """,
            cancellationToken,
            ("@id", id), ("@name", mechanism.Name), ("@acronym", mechanism.Acronym), ("@aliases", JsonList(mechanism.Aliases)),
            ("@kind", SqlValues.Slug(mechanism.Kind)), ("@level", SqlValues.Slug(mechanism.Level)), ("@cadence", mechanism.Cadence.Months));
        await ExecuteAsync("DELETE FROM mechanism_party WHERE mechanism_id = @id", cancellationToken, ("@id", id));
        foreach (var party in mechanism.Parties)
        {
            await ExecuteAsync("INSERT INTO mechanism_party (mechanism_id, actor_id) VALUES (@id, @actor)", cancellationToken, ("@id", id), ("@actor", party.Value));
        }
        foreach (var sitting in mechanism.Sittings)
        {
            await SaveSittingAsync(mechanism.Id, sitting, cancellationToken);
        }
    }

    private async Task SaveSittingAsync(Key<Mechanism> mechanism, Sitting sitting, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            INSERT INTO sitting (mechanism_id, ordinal, start_date, end_date, city, country) VALUES (@m, @n, @start, @end, @city, @country)
            ON CONFLICT (mechanism_id, ordinal) DO UPDATE SET start_date = excluded.start_date, end_date = excluded.end_date,
                city = excluded.city, country = excluded.country
            """,
            cancellationToken,
            ("@m", mechanism.Value), ("@n", sitting.Ordinal), ("@start", SqlValues.Iso(sitting.When?.Start)), ("@end", SqlValues.Iso(sitting.When?.End)),
            ("@city", sitting.City), ("@country", sitting.Country?.Value));

    private async Task<IReadOnlyList<Mechanism>> ReadMechanismsAsync(string filter, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var ids = $"SELECT id FROM mechanism {filter}";
        var parties = (await QueryAsync(
            $"SELECT mechanism_id, actor_id FROM mechanism_party WHERE mechanism_id IN ({ids})",
            reader => (Mechanism: reader.Text(0), Actor: reader.Actor(1)), cancellationToken, parameters)).ToLookup(p => p.Mechanism, p => p.Actor);
        var sittings = (await QueryAsync(
            $"SELECT mechanism_id, ordinal, start_date, end_date, city, country FROM sitting WHERE mechanism_id IN ({ids})",
            reader => (Mechanism: reader.Text(0), Sitting: new Sitting(reader.Int(1), reader.Span(2), reader.TextOrNull(4), reader.ActorOrNull(5))),
            cancellationToken, parameters)).ToLookup(s => s.Mechanism, s => s.Sitting);
        return await QueryAsync(
            $"SELECT id, name, acronym, aliases, kind, level, cadence_months FROM mechanism {filter} ORDER BY name",
            reader => new Mechanism(
                new Key<Mechanism>(reader.Text(0)), reader.Text(1), reader.Enum<EngagementKind>(4), reader.Enum<MechanismLevel>(5),
                new Cadence(reader.Int(6)), parties[reader.Text(0)])
            {
                Acronym = reader.TextOrNull(2),
                Aliases = FromJsonList(reader.Text(3)),
                Sittings = [.. sittings[reader.Text(0)]],
            },
            cancellationToken, parameters);
    }
}
