using System.Text;
using Chancery.Domain;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    public async Task<IReadOnlyList<Person>> PeopleAsync(PeopleQuery query, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        var words = query.Name?.Phrases.SelectMany(p => p).ToList() ?? [];
        for (var i = 0; i < words.Count; i++)
        {
            // Names are few and short: a scan with LIKE finds a word anywhere in a name or alias.
            where.Append($" AND (name {dialect.Like} @w{i} ESCAPE '\\' OR aliases {dialect.Like} @w{i} ESCAPE '\\')");
            parameters.Add(($"@w{i}", $"%{EscapeLike(words[i])}%"));
        }
        if (query.Id is { } id)
        {
            where.Append(" AND id = @id");
            parameters.Add(("@id", id.Value));
        }
        if (query.After is { } after)
        {
            where.Append(" AND id > @after");
            parameters.Add(("@after", after.Value));
        }
        if (query.Affiliation is { } affiliation)
        {
            where.Append(" AND id IN (SELECT person_id FROM position WHERE affiliation = @affiliation)");
            parameters.Add(("@affiliation", affiliation.Value));
        }
        if (query.Clearance < Classification.Confidential)
        {
            where.Append($"""
                 AND (NOT EXISTS (SELECT 1 FROM participant p WHERE p.person_id = person.id)
                      OR EXISTS (SELECT 1 FROM participant p JOIN engagement e ON e.id = p.engagement_id
                                 WHERE p.person_id = person.id AND e.classification IN ({Visible(query.Clearance)})))
                """);
        }
        var limit = query.Limit is { } n ? $"LIMIT {n}" : "";
        return await ReadPeopleAsync($"{where} ORDER BY {dialect.Caseless("name")}, id {limit}", cancellationToken, [.. parameters]);
    }

    public async Task<Person?> PersonAsync(Id<Person> id, CancellationToken cancellationToken = default) =>
        (await ReadPeopleAsync("WHERE id = @id", cancellationToken, ("@id", id.Value))).SingleOrDefault();

    public async Task<Id<Person>> SavePersonAsync(Person person, CancellationToken cancellationToken = default)
    {
        long id;
        if (person.Id.IsSaved)
        {
            id = person.Id.Value;
            var changed = await ExecuteAsync("UPDATE person SET name = @name, aliases = @aliases WHERE id = @id", cancellationToken,
                ("@id", id), ("@name", person.Name), ("@aliases", JsonList(person.Aliases)));
            if (changed == 0)
            {
                throw Invalid($"there is no person #{id} to update");
            }
            await ExecuteAsync("DELETE FROM position WHERE person_id = @id", cancellationToken, ("@id", id));
        }
        else
        {
            id = (long)(await ScalarAsync("INSERT INTO person (name, aliases) VALUES (@name, @aliases) RETURNING id", cancellationToken,
                ("@name", person.Name), ("@aliases", JsonList(person.Aliases))))!;
        }
        var seq = 0;
        foreach (var position in person.Positions)
        {
            await ExecuteAsync(
                """
                INSERT INTO position (person_id, seq, title, affiliation, accredited_to, portfolio, from_date, to_date)
                VALUES (@id, @seq, @title, @affiliation, @accredited, @portfolio, @from, @to)
                """,
                cancellationToken,
                ("@id", id), ("@seq", seq++), ("@title", position.Title), ("@affiliation", position.Affiliation.Value),
                ("@accredited", position.AccreditedTo?.Value), ("@portfolio", position.Portfolio),
                ("@from", SqlValues.Iso(position.From)), ("@to", SqlValues.Iso(position.To)));
        }
        return new Id<Person>(id);
    }

    private async Task<IReadOnlyList<Person>> ReadPeopleAsync(string filterAndOrder, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var people = await QueryAsync(
            $"SELECT id, name, aliases FROM person {filterAndOrder}",
            reader => new Person(reader.Text(1)) { Id = new Id<Person>(reader.Long(0)), Aliases = FromJsonList(reader.Text(2)) },
            cancellationToken, parameters);
        if (people.Count == 0)
        {
            return people;
        }
        var positions = (await QueryAsync(
            $"""
            SELECT person_id, title, affiliation, accredited_to, portfolio, from_date, to_date
            FROM position WHERE person_id IN ({dialect.IdsOf("@ids")}) ORDER BY person_id, seq
            """,
            reader => (Person: reader.Long(0), Position: new Position(reader.Text(1), reader.Actor(2), reader.DateOrNull(5), reader.DateOrNull(6))
            {
                AccreditedTo = reader.ActorOrNull(3),
                Portfolio = reader.TextOrNull(4),
            }),
            cancellationToken, ("@ids", JsonIds(people.Select(p => p.Id.Value))))).ToLookup(p => p.Person, p => p.Position);
        return [.. people.Select(p => p with { Positions = [.. positions[p.Id.Value]] })];
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
