using System.Text;
using System.Text.Json;
using Chancery.Domain;

namespace Chancery.Store.Sql;

/// <summary>
/// A citation's evidence as the store keeps it: one JSON array of <c>[field, start, end, confidence, value]</c> rows,
/// written and read whole.
/// </summary>
internal static class EvidenceJson
{
    public static string Write(IReadOnlyList<EvidenceSpan> spans)
    {
        if (spans.Count == 0)
        {
            return "[]";
        }
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var span in spans)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(SqlValues.Slug(span.Field));
                writer.WriteNumberValue(span.Start);
                writer.WriteNumberValue(span.End);
                writer.WriteNumberValue(span.Confidence);
                writer.WriteStringValue(span.Value);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <exception cref="StoreException">The column is not such an array: the database was changed by other means.</exception>
    public static List<EvidenceSpan> Read(string json)
    {
        var spans = new List<EvidenceSpan>();
        if (json == "[]")
        {
            return spans;
        }
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            Expect(ref reader, JsonTokenType.StartArray);
            while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                Expect(ref reader, JsonTokenType.String);
                var field = Taxonomy<EngagementField>.Parse(reader.GetString()!);
                Expect(ref reader, JsonTokenType.Number);
                var start = reader.GetInt32();
                Expect(ref reader, JsonTokenType.Number);
                var end = reader.GetInt32();
                Expect(ref reader, JsonTokenType.Number);
                var confidence = reader.GetDouble();
                reader.Read();
                var value = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                Expect(ref reader, JsonTokenType.EndArray);
                spans.Add(new EvidenceSpan(field, start, end, confidence, value));
            }
            return spans;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new StoreException(StoreProblem.Corrupt, $"a citation's evidence is not what the store writes ({e.Message})", e);
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"expected {type}, found {reader.TokenType}");
        }
    }
}
