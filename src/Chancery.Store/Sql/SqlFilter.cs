using System.Text;
using Chancery.Domain;

namespace Chancery.Store.Sql;

/// <summary>
/// The WHERE clause of an engagement query, criterion by criterion, with the parameters they bind: only the
/// criteria a query sets, so that SQLite can use the matching index.
/// </summary>
internal sealed class SqlFilter(string first)
{
    private readonly StringBuilder where = new($"WHERE {first}");
    private readonly List<(string, object?)> parameters = [];

    public string Where => where.ToString();

    public (string, object?)[] Parameters => [.. parameters];

    public void Add(string condition, params (string Name, object? Value)[] values)
    {
        where.Append(" AND ").Append(condition);
        parameters.AddRange(values.Select(v => (v.Name, v.Value)));
    }

    /// <summary>Engagements that end on or after <paramref name="since"/> and start on or before <paramref name="until"/>.</summary>
    public void Days(DateOnly? since, DateOnly? until)
    {
        if (since is { } first)
        {
            // No engagement lasts longer than a season: the bound on its start lets the date indexes do the work.
            Add("coalesce(e.end_date, e.start_date) >= @since AND e.start_date >= @earliest",
                ("@since", IsoDate.Format(first)), ("@earliest", IsoDate.Format(first.AddDays(1 - Engagement.MaxDays))));
        }
        if (until is { } last)
        {
            Add("e.start_date <= @until", ("@until", IsoDate.Format(last)));
        }
    }
}
