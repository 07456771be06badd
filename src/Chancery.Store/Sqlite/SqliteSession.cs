using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Chancery.Store.Sqlite;

/// <summary>
/// The reads and writes of one transaction on one connection. Split by subject across the
/// <c>SqliteSession.*.cs</c> files; this one holds what they share.
/// </summary>
internal sealed partial class SqliteSession(SqliteConnection connection, SqliteTransaction transaction, TimeProvider clock) : IStoreWriter
{
    private SqliteCommand Sql(string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    private async Task<int> ExecuteAsync(string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Sql(text).With(parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string text, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Sql(text).With(parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    /// <summary>Runs a query and maps every row.</summary>
    private async Task<List<T>> QueryAsync<T>(string text, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Sql(text).With(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    private string Now() => clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string JsonList(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray(), StoreJsonContext.Default.StringArray);

    private static string[] FromJsonList(string json) => JsonSerializer.Deserialize(json, StoreJsonContext.Default.StringArray) ?? [];

    /// <summary>The ids as a JSON array, for <c>IN (SELECT value FROM json_each($ids))</c>.</summary>
    private static string JsonIds(IEnumerable<long> ids) => JsonSerializer.Serialize(ids.ToArray(), StoreJsonContext.Default.Int64Array);

    private static StoreException Invalid(string problem) => new(StoreProblem.Invalid, problem);
}
