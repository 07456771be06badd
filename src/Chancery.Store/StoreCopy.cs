using Chancery.Store.Sql;

namespace Chancery.Store;

/// <summary>
/// Copies a whole store into an empty one, of either engine, ids and all: <c>chancery migrate</c>. The kept counts are
/// made again by the target's own triggers as the engagements go in, and the full-text entries by its own index.
/// </summary>
public static class StoreCopy
{
    /// <summary>The tables, each after those it refers to. The counts and full-text tables are the target's own work.</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "meta", "actor", "partnership_status", "coordinator_term", "person", "position", "mechanism", "mechanism_party", "sitting",
        "plan", "plan_party", "plan_section", "action_line", "action_line_change", "source", "engagement", "engagement_party",
        "participant", "engagement_sector", "engagement_stance", "engagement_plan", "citation", "review_flag", "action_line_link",
        "app_user", "api_token", "ingest_job",
    ];

    /// <summary>The tables whose rows the store numbers itself.</summary>
    private static readonly HashSet<string> Numbered = ["person", "source", "engagement", "app_user", "api_token", "ingest_job"];

    /// <summary>Copies everything <paramref name="from"/> holds into <paramref name="to"/>, in one transaction of the target.</summary>
    /// <param name="copied">Told each table's name and rows as it is done, then "full text" once the index is written.</param>
    /// <exception cref="StoreException">The target holds data already; nothing is written.</exception>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync(IChanceryStore from, IChanceryStore to, Action<string, long>? copied = null, CancellationToken cancellationToken = default)
    {
        var source = from as ISessionStore ?? throw new ArgumentException($"{from.Description.Engine} cannot be copied", nameof(from));
        var target = to as ISessionStore ?? throw new ArgumentException($"{to.Description.Engine} cannot be copied into", nameof(to));
        return await source.SessionAsync((reader, _) => target.SessionAsync(async (writer, ct) =>
        {
            await EnsureEmptyAsync(writer, to.Description, ct);
            var tables = new List<(string, long)>();
            foreach (var table in Tables)
            {
                var columns = await writer.ColumnsAsync(table, ct);
                var rows = await writer.InsertRowsAsync(table, columns, reader.RowsAsync(table, columns, ct), Numbered.Contains(table), ct);
                tables.Add((table, rows));
                copied?.Invoke(table, rows);
            }
            await writer.IndexEverythingAsync(ct);
            copied?.Invoke("full text", tables.Single(c => c.Item1 == "engagement").Item2);
            return (IReadOnlyList<(string, long)>)tables;
        }, SessionAccess.Write, cancellationToken), SessionAccess.Read, cancellationToken);
    }

    private static async Task EnsureEmptyAsync(SqlSession target, StoreDescription description, CancellationToken cancellationToken)
    {
        var counts = await target.CountsAsync(cancellationToken);
        var users = (await target.UsersAsync(cancellationToken)).Count;
        if (counts.Actors + counts.People + counts.Sources + counts.Engagements + users > 0)
        {
            throw new StoreException(StoreProblem.Invalid,
                $"{description.Location} is not empty ({counts.Actors} actors, {counts.Engagements} engagements, {users} users); migrate into an empty database");
        }
    }
}
