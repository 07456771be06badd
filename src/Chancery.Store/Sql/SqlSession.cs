using System.Text.Json;
using System.Data.Common;

namespace Chancery.Store.Sql;

/// <summary>
/// The reads and writes of one transaction on one connection, in SQL both engines read: what they spell
/// differently comes from the <see cref="SqlDialect"/>. Split by subject across the <c>SqlSession.*.cs</c> files;
/// this one holds what they share.
/// </summary>
/// <remarks>
/// A statement is prepared once a session and kept: a transaction that stores many engagements runs the same few
/// statements thousands of times, and preparing them is most of what a small insert costs.
/// </remarks>
internal sealed partial class SqlSession(DbConnection connection, DbTransaction transaction, SqlDialect dialect, TimeProvider clock) : IStoreWriter, IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    /// <summary>
    /// Rows (table, key) this session has seen exist. The store deletes no actor, person, plan, mechanism or source,
    /// so one seen once is there until the transaction ends: a batch of engagements checks each reference once.
    /// </summary>
    private readonly HashSet<(string Table, string Key)> present = [];

    private DbCommand Sql(string text)
    {
        if (commands.TryGetValue(text, out var prepared))
        {
            return prepared;
        }
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        commands[text] = command;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }
        commands.Clear();
    }

    private async Task<int> ExecuteAsync(string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        return await Sql(text).With(parameters).ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var value = await Sql(text).With(parameters).ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    /// <summary>Runs a query and maps every row.</summary>
    private async Task<List<T>> QueryAsync<T>(string text, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var reader = await Sql(text).With(parameters).ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    private string Now() => Timestamp(clock.GetUtcNow());

    /// <summary>A moment as the store keeps it: UTC, ISO 8601 to the millisecond, so that text order is time order.</summary>
    private static string Timestamp(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string JsonList(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray(), StoreJsonContext.Default.StringArray);

    private static string[] FromJsonList(string json) => JsonSerializer.Deserialize(json, StoreJsonContext.Default.StringArray) ?? [];

    /// <summary>Rows as a JSON array of arrays, for <c>INSERT ... SELECT ... FROM</c> <see cref="SqlDialect.RowsOf"/>: one statement for a whole list.</summary>
    private static string JsonRows<T>(IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                write(writer, row);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Keys as a JSON array: numbers for tables keyed by number, so that keys are compared with keys of their own type.</summary>
    private static string JsonKeys(IReadOnlyList<string> keys, bool numeric) =>
        numeric ? JsonIds(keys.Select(long.Parse)) : JsonList(keys);

    /// <summary>The ids as a JSON array, for <c>IN</c> <see cref="SqlDialect.IdsOf"/>.</summary>
    private static string JsonIds(IEnumerable<long> ids) => JsonSerializer.Serialize(ids.ToArray(), StoreJsonContext.Default.Int64Array);

    private static StoreException Invalid(string problem) => new(StoreProblem.Invalid, problem);
}
