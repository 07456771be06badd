using System.Text.Encodings.Web;
using System.Text.Json;
using Chancery.Domain;

namespace Chancery.Extraction.Output;

/// <summary>Writes extraction results as SCHEMA.md says: one object per document, engagements with their evidence.</summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes one document's object: <c>{"id", "source", "published", "engagements"}</c>, or with an <c>error</c> when it could not be read.</summary>
    public static void Write(Stream stream, string id, string source, ExtractionResult? result, string? error = null, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("source", source);
        WriteDate(writer, "published", result?.Published);
        if (error is not null)
        {
            writer.WriteString("error", error);
        }
        writer.WriteStartArray("engagements");
        foreach (var engagement in result?.Engagements ?? [])
        {
            WriteEngagement(writer, engagement);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEngagement(Utf8JsonWriter writer, ExtractedEngagement e)
    {
        writer.WriteStartObject();
        writer.WriteString("role", Taxonomy<CitationRole>.Slug(e.Role));
        WriteDate(writer, "date", e.Date);
        WriteDate(writer, "end_date", e.EndDate);
        writer.WriteString("kind", Taxonomy<EngagementKind>.Slug(e.Kind));
        if (e.Mechanism is { } mechanism)
        {
            writer.WriteStartObject("mechanism");
            writer.WriteString("acronym", mechanism.Acronym);
            if (mechanism.Ordinal is { } ordinal)
            {
                writer.WriteNumber("ordinal", ordinal);
            }
            else
            {
                writer.WriteNull("ordinal");
            }
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("mechanism");
        }
        WriteString(writer, "city", e.City);
        WriteString(writer, "country", e.Country?.Value);
        writer.WriteBoolean("virtual", e.Virtual);
        writer.WriteStartArray("parties");
        foreach (var party in e.Parties)
        {
            writer.WriteStringValue(party.Value);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("participants");
        foreach (var participant in e.Participants)
        {
            writer.WriteStartObject();
            writer.WriteString("name", participant.Name);
            WriteString(writer, "title", participant.Title);
            WriteString(writer, "affiliation", participant.Affiliation?.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("sectors");
        foreach (var sector in e.Sectors)
        {
            writer.WriteStringValue(Taxonomy<Sector>.Slug(sector));
        }
        writer.WriteEndArray();
        writer.WriteStartArray("stances");
        foreach (var stance in e.Stances)
        {
            writer.WriteStartObject();
            writer.WriteString("actor", stance.Actor.Value);
            writer.WriteString("stance", Taxonomy<Stance>.Slug(stance.Stance));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("plans");
        foreach (var plan in e.Plans)
        {
            writer.WriteStringValue(plan);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("evidence");
        foreach (var span in e.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("field", Taxonomy<EngagementField>.Slug(span.Field));
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            writer.WriteNumber("confidence", Math.Round(span.Confidence, 2));
            WriteString(writer, "value", span.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, IsoDate.Format(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
