using System.Globalization;
using System.Text.Json;
using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// Engagements as PLOVER-style event records, one JSON object a line, so that the log feeds event-data tools. Undated
/// engagements are left out: an event record has a date.
/// </summary>
public static class PloverExport
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> WriteAsync(TextWriter output, IChanceryStore store, IAsyncEnumerable<Engagement> engagements, CancellationToken cancellationToken = default)
    {
        var written = 0;
        await foreach (var engagement in engagements.WithCancellation(cancellationToken))
        {
            if (engagement.When is not { } when || engagement.Parties.Count < 2)
            {
                continue;
            }
            // A source classified above the engagement it reports is not named beside it.
            var sources = await store.ReadAsync((reader, ct) => VisibleSources.ReadAsync(reader, engagement.Citations.Select(c => c.Source), engagement.Classification, ct), cancellationToken);
            await output.WriteLineAsync(JsonSerializer.Serialize(Event(engagement, when, [.. sources.Select(Name)]), Json));
            written++;
        }
        return written;
    }

    private static string Name(Source source) => source.Url?.AbsoluteUri ?? source.Outlet ?? $"chancery:source/{source.Id.Value}";

    public static PloverEvent Event(Engagement engagement, DateSpan when, IReadOnlyList<string> sources)
    {
        var (actor, recipient) = Sides(engagement);
        return new PloverEvent(
            $"chancery-{engagement.Id.Value.ToString(CultureInfo.InvariantCulture)}",
            IsoDate.Format(when.Start),
            "CONSULT",
            Mode(engagement),
            actor,
            recipient,
            engagement.Place is { City: null, Venue: null, Country: null } ? null : new PloverLocation(engagement.Place.City ?? engagement.Place.Venue, engagement.Place.Country?.Value),
            sources,
            Taxonomy<EngagementKind>.Slug(engagement.Kind),
            [.. engagement.Sectors.Select(Taxonomy<Sector>.Slug)],
            engagement.Summary);
    }

    /// <summary>PLOVER's modes of a consultation: by video or telephone, among more than two sides, a visit, or none (a meeting).</summary>
    public static string? Mode(Engagement engagement) => engagement switch
    {
        { Place.Virtual: true } => "phone",
        { Parties.Count: > 2 } or { Kind: EngagementKind.Summit or EngagementKind.Forum } => "multilateral",
        { Kind: EngagementKind.Visit or EngagementKind.CourtesyCall } => "visit",
        _ => null,
    };

    /// <summary>
    /// Who consults whom. Between two sides, the one that travelled is the actor: the side whose country the meeting was
    /// not in. Where that is not known, ASEAN's partner is the actor and ASEAN the recipient, as in a courtesy call at the
    /// Secretariat. Among more sides, the first is the actor and the others, joined by ";", the recipient.
    /// </summary>
    private static (string Actor, string Recipient) Sides(Engagement engagement)
    {
        var parties = engagement.Parties;
        if (parties.Count > 2)
        {
            return (parties[0].Value, string.Join(';', parties.Skip(1).Select(p => p.Value)));
        }
        var host = parties.FirstOrDefault(p => p == engagement.Place.Country);
        if (host != default)
        {
            return (parties.First(p => p != host).Value, host.Value);
        }
        var asean = parties.FirstOrDefault(p => p.Value == "ASEAN");
        return asean != default ? (parties.First(p => p != asean).Value, asean.Value) : (parties[0].Value, parties[1].Value);
    }
}
