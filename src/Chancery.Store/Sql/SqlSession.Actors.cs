using Chancery.Domain;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    public async Task<IReadOnlyList<Actor>> ActorsAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(
            "SELECT id, kind, name, official_name, aliases, demonyms, adjectives, capital FROM actor ORDER BY id",
            reader => new Actor(reader.Actor(0), reader.Enum<ActorKind>(1), reader.Text(2), reader.Text(3))
            {
                Aliases = FromJsonList(reader.Text(4)),
                Demonyms = FromJsonList(reader.Text(5)),
                Adjectives = FromJsonList(reader.Text(6)),
                Capital = reader.TextOrNull(7),
            },
            cancellationToken);

    public async Task SaveActorAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        // The words the full-text index files engagements under change with the actor's names.
        actorWords = null;
        await ExecuteAsync(
            """
            INSERT INTO actor (id, kind, name, official_name, aliases, demonyms, adjectives, capital)
            VALUES (@id, @kind, @name, @official, @aliases, @demonyms, @adjectives, @capital)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, official_name = excluded.official_name,
                aliases = excluded.aliases, demonyms = excluded.demonyms, adjectives = excluded.adjectives, capital = excluded.capital
            """,
            cancellationToken,
            ("@id", actor.Id.Value), ("@kind", SqlValues.Slug(actor.Kind)), ("@name", actor.Name), ("@official", actor.OfficialName),
            ("@aliases", JsonList(actor.Aliases)), ("@demonyms", JsonList(actor.Demonyms)), ("@adjectives", JsonList(actor.Adjectives)), ("@capital", actor.Capital));
    }

    public async Task<IReadOnlyList<Partnership>> PartnershipsAsync(CancellationToken cancellationToken = default)
    {
        var statuses = await QueryAsync(
            "SELECT partner, status, since FROM partnership_status ORDER BY partner, since",
            reader => (Partner: reader.Actor(0), Period: new StatusPeriod(reader.Enum<PartnershipStatus>(1), PartialDate.Parse(reader.Text(2)))),
            cancellationToken);
        var terms = (await QueryAsync(
            "SELECT partner, coordinator, from_date, to_date FROM coordinator_term",
            reader => (Partner: reader.Actor(0), Term: new CoordinatorTerm(reader.Actor(1), PartialDate.Parse(reader.Text(2)), reader.TextOrNull(3) is { } to ? PartialDate.Parse(to) : null)),
            cancellationToken)).ToLookup(t => t.Partner, t => t.Term);
        return [.. statuses
            .GroupBy(s => s.Partner)
            .Select(group => new Partnership(group.Key, group.Select(s => s.Period).OrderBy(p => p.Since), terms[group.Key]))];
    }

    public async Task SavePartnershipAsync(Partnership partnership, CancellationToken cancellationToken = default)
    {
        var partner = partnership.Partner.Value;
        await ExecuteAsync("DELETE FROM partnership_status WHERE partner = @p", cancellationToken, ("@p", partner));
        await ExecuteAsync("DELETE FROM coordinator_term WHERE partner = @p", cancellationToken, ("@p", partner));
        foreach (var period in partnership.History)
        {
            await ExecuteAsync(
                "INSERT INTO partnership_status (partner, since, status) VALUES (@p, @since, @status)",
                cancellationToken, ("@p", partner), ("@since", period.Since.ToString()), ("@status", SqlValues.Slug(period.Status)));
        }
        foreach (var term in partnership.Coordinators)
        {
            await ExecuteAsync(
                "INSERT INTO coordinator_term (partner, from_date, coordinator, to_date) VALUES (@p, @from, @c, @to)",
                cancellationToken, ("@p", partner), ("@from", term.From.ToString()), ("@c", term.Coordinator.Value), ("@to", term.To?.ToString()));
        }
    }
}
