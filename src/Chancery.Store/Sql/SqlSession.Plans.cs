using Chancery.Domain;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    public Task<IReadOnlyList<Plan>> PlansAsync(CancellationToken cancellationToken = default) => ReadPlansAsync("", cancellationToken);

    public async Task<Plan?> PlanAsync(Key<Plan> id, CancellationToken cancellationToken = default) =>
        (await ReadPlansAsync("WHERE id = @id", cancellationToken, ("@id", id.Value))).SingleOrDefault();

    public async Task SavePlanAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        var id = plan.Id.Value;
        await ExecuteAsync(
            """
            INSERT INTO plan (id, title, short_title, first_year, last_year) VALUES (@id, @title, @short, @first, @last)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, short_title = excluded.short_title,
                first_year = excluded.first_year, last_year = excluded.last_year
            """,
            cancellationToken, ("@id", id), ("@title", plan.Title), ("@short", plan.ShortTitle), ("@first", plan.FirstYear), ("@last", plan.LastYear));
        await ExecuteAsync("DELETE FROM plan_party WHERE plan_id = @id", cancellationToken, ("@id", id));
        await ExecuteAsync("DELETE FROM plan_section WHERE plan_id = @id", cancellationToken, ("@id", id));
        foreach (var party in plan.Parties)
        {
            await ExecuteAsync("INSERT INTO plan_party (plan_id, actor_id) VALUES (@id, @actor)", cancellationToken, ("@id", id), ("@actor", party.Value));
        }
        foreach (var section in plan.Sections)
        {
            await ExecuteAsync("INSERT INTO plan_section (plan_id, number, title) VALUES (@id, @number, @title)", cancellationToken,
                ("@id", id), ("@number", section.Number.ToString()), ("@title", section.Title));
            foreach (var line in section.ActionLines)
            {
                await ExecuteAsync(
                    "INSERT INTO action_line (plan_id, section, number, text, sector, status) VALUES (@id, @section, @number, @text, @sector, @status)",
                    cancellationToken,
                    ("@id", id), ("@section", section.Number.ToString()), ("@number", line.Number.ToString()), ("@text", line.Text),
                    ("@sector", SqlValues.Slug(line.Sector)), ("@status", SqlValues.Slug(line.Status)));
                foreach (var change in line.Changes)
                {
                    await ExecuteAsync("INSERT INTO action_line_change (plan_id, number, on_date, status) VALUES (@id, @number, @on, @status)", cancellationToken,
                        ("@id", id), ("@number", line.Number.ToString()), ("@on", SqlValues.Iso(change.On)), ("@status", SqlValues.Slug(change.Status)));
                }
            }
        }
    }

    public async Task LinkActionLineAsync(Key<Plan> plan, ActionLineNumber line, Id<Engagement> engagement, bool accepted, CancellationToken cancellationToken = default)
    {
        if (await ScalarAsync("SELECT 1 FROM action_line WHERE plan_id = @plan AND number = @number", cancellationToken, ("@plan", plan.Value), ("@number", line.ToString())) is null)
        {
            throw Invalid($"{plan} has no action line {line}");
        }
        if (await ScalarAsync("SELECT 1 FROM engagement WHERE id = @id", cancellationToken, ("@id", engagement.Value)) is null)
        {
            throw Invalid($"there is no engagement #{engagement}");
        }
        await ExecuteAsync(
            """
            INSERT INTO action_line_link (plan_id, number, engagement_id, accepted) VALUES (@plan, @number, @engagement, @accepted)
            ON CONFLICT (plan_id, number, engagement_id) DO UPDATE SET accepted = excluded.accepted
            """,
            cancellationToken, ("@plan", plan.Value), ("@number", line.ToString()), ("@engagement", engagement.Value), ("@accepted", accepted ? 1 : 0));
    }

    public async Task<IReadOnlyList<ActionLineLink>> ActionLineLinksAsync(Id<Engagement> engagement, CancellationToken cancellationToken = default) =>
        await QueryAsync("SELECT plan_id, number, accepted FROM action_line_link WHERE engagement_id = @engagement",
            reader => new ActionLineLink(new Key<Plan>(reader.Text(0)), ActionLineNumber.Parse(reader.Text(1)), reader.Bool(2)), cancellationToken, ("@engagement", engagement.Value));

    private async Task<IReadOnlyList<Plan>> ReadPlansAsync(string filter, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var ids = $"SELECT id FROM plan {filter}";
        var parties = (await QueryAsync($"SELECT plan_id, actor_id FROM plan_party WHERE plan_id IN ({ids})",
            reader => (Plan: reader.Text(0), Actor: reader.Actor(1)), cancellationToken, parameters)).ToLookup(p => p.Plan, p => p.Actor);
        var changes = (await QueryAsync($"SELECT plan_id, number, on_date, status FROM action_line_change WHERE plan_id IN ({ids})",
            reader => (Key: (reader.Text(0), reader.Text(1)), Change: new StatusChange(reader.DateOrNull(2)!.Value, reader.Enum<ImplementationStatus>(3))),
            cancellationToken, parameters)).ToLookup(c => c.Key, c => c.Change);
        var evidence = (await QueryAsync($"SELECT plan_id, number, engagement_id FROM action_line_link WHERE accepted = 1 AND plan_id IN ({ids})",
            reader => (Key: (reader.Text(0), reader.Text(1)), Engagement: new Id<Engagement>(reader.Long(2))),
            cancellationToken, parameters)).ToLookup(e => e.Key, e => e.Engagement);
        var lines = (await QueryAsync($"SELECT plan_id, section, number, text, sector, status FROM action_line WHERE plan_id IN ({ids})",
            reader => (Plan: reader.Text(0), Section: reader.Text(1), Line: ActionLine.Restore(
                ActionLineNumber.Parse(reader.Text(2)), reader.Text(3),
                reader.TextOrNull(4) is { } sector ? Taxonomy<Sector>.Parse(sector) : null, reader.Enum<ImplementationStatus>(5),
                changes[(reader.Text(0), reader.Text(2))], evidence[(reader.Text(0), reader.Text(2))])),
            cancellationToken, parameters)).ToLookup(l => (l.Plan, l.Section), l => l.Line);
        var sections = (await QueryAsync($"SELECT plan_id, number, title FROM plan_section WHERE plan_id IN ({ids})",
            reader => (Plan: reader.Text(0), Section: new PlanSection(ActionLineNumber.Parse(reader.Text(1)), reader.Text(2), lines[(reader.Text(0), reader.Text(1))])),
            cancellationToken, parameters)).ToLookup(s => s.Plan, s => s.Section);
        return await QueryAsync($"SELECT id, title, short_title, first_year, last_year FROM plan {filter} ORDER BY first_year, id",
            reader => new Plan(new Key<Plan>(reader.Text(0)), reader.Text(1), reader.Text(2), parties[reader.Text(0)], reader.Int(3), reader.Int(4), sections[reader.Text(0)]),
            cancellationToken, parameters);
    }
}
