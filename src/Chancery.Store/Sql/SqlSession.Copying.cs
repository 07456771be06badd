using System.Runtime.CompilerServices;
using System.Text;

namespace Chancery.Store.Sql;

/// <summary>Whole tables read and written as they are, ids and all: what copying a store to another engine does.</summary>
internal sealed partial class SqlSession
{
    /// <summary>How many rows one INSERT writes: a statement a row made copying a million engagements a matter of hours.</summary>
    private const int CopyBatch = 400;

    /// <summary>The table's column names, as this engine's schema has them.</summary>
    public async Task<IReadOnlyList<string>> ColumnsAsync(string table, CancellationToken cancellationToken)
    {
        await using var reader = await Sql($"SELECT * FROM {table} LIMIT 0").ExecuteReaderAsync(cancellationToken);
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    /// <summary>Every row of the table, the columns in the order given.</summary>
    public async IAsyncEnumerable<object?[]> RowsAsync(string table, IReadOnlyList<string> columns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await Sql($"SELECT {string.Join(", ", columns)} FROM {table}").ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            yield return row;
        }
    }

    /// <summary>Writes the rows as they are, ids included, a batch at a time; returns how many.</summary>
    /// <param name="generatedIds">The table numbers its rows itself: its next number must come after the copied ones.</param>
    public async Task<long> InsertRowsAsync(string table, IReadOnlyList<string> columns, IAsyncEnumerable<object?[]> rows, bool generatedIds, CancellationToken cancellationToken)
    {
        long count = 0;
        var batch = new List<object?[]>(CopyBatch);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == CopyBatch)
            {
                count += await InsertBatchAsync(table, columns, batch, cancellationToken);
            }
        }
        count += await InsertBatchAsync(table, columns, batch, cancellationToken);
        if (count > 0 && generatedIds && dialect.ContinueIds(table) is { } continueIds)
        {
            await ScalarAsync(continueIds, cancellationToken);
        }
        return count;
    }

    private async Task<int> InsertBatchAsync(string table, IReadOnlyList<string> columns, List<object?[]> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        for (var r = 0; r < batch.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            sql.AppendJoin(", ", Enumerable.Range(r * columns.Count, columns.Count).Select(p => $"@p{p}"));
            sql.Append(')');
        }
        // The values are bound by position: a batch has thousands, and binding them by name looks each up in turn.
        var command = Sql(sql.ToString());
        var values = batch.SelectMany(row => row).ToArray();
        if (command.Parameters.Count != values.Length)
        {
            command.Parameters.Clear();
            for (var p = 0; p < values.Length; p++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{p}";
                command.Parameters.Add(parameter);
            }
        }
        for (var p = 0; p < values.Length; p++)
        {
            command.Parameters[p].Value = values[p] ?? DBNull.Value;
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
        var written = batch.Count;
        batch.Clear();
        return written;
    }

    /// <summary>Writes the full-text entries of every source and engagement, as storing them one by one would have.</summary>
    public async Task IndexEverythingAsync(CancellationToken cancellationToken)
    {
        for (var after = 0L; ;)
        {
            var sources = await QueryAsync($"SELECT id, title, text FROM source WHERE id > @after ORDER BY id LIMIT {CopyBatch}",
                r => (r.Long(0), r.TextOrNull(1), r.Text(2)), cancellationToken, ("@after", after));
            if (sources.Count == 0)
            {
                break;
            }
            unindexedSources.AddRange(sources);
            await WriteFullTextAsync(cancellationToken);
            after = sources[^1].Item1;
        }
        for (var after = 0L; ;)
        {
            var ids = await QueryAsync($"SELECT id FROM engagement WHERE id > @after ORDER BY id LIMIT {CopyBatch}",
                r => new Domain.Id<Domain.Engagement>(r.Long(0)), cancellationToken, ("@after", after));
            if (ids.Count == 0)
            {
                break;
            }
            foreach (var engagement in await EngagementsAsync(ids, RecordDetail.FieldsOnly, cancellationToken))
            {
                await IndexEngagementAsync(engagement.Id.Value, engagement, isNew: true, cancellationToken);
            }
            await WriteFullTextAsync(cancellationToken);
            after = ids[^1].Value;
        }
    }
}
