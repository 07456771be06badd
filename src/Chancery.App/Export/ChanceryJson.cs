using System.Text.Encodings.Web;
using System.Text.Json;

namespace Chancery.App;

/// <summary>How Chancery writes JSON for people and scripts: snake_case names as in SCHEMA.md, indented, readable Unicode.</summary>
public static class ChanceryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
