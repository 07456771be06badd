using System.Text.Json;
using Chancery.Domain;

namespace Chancery.Store.Sql;

/// <summary>A column holding a JSON array that SQLite made (<c>json_group_array</c>): its rows, each read by a function.</summary>
internal static class JsonColumn
{
    /// <exception cref="StoreException">The column is not a JSON array of such rows: the database was changed by other means.</exception>
    public static List<T> Rows<T>(string json, Func<JsonElement, T> read)
    {
        if (json == "[]")
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            var rows = new List<T>(document.RootElement.GetArrayLength());
            foreach (var element in document.RootElement.EnumerateArray())
            {
                rows.Add(read(element));
            }
            return rows;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException or IndexOutOfRangeException)
        {
            throw new StoreException(StoreProblem.Corrupt, $"a record's list is not what the store writes ({e.Message})", e);
        }
    }

    public static ActorId? Actor(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : new ActorId(element.GetString()!);
}
