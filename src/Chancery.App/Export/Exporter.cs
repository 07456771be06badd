using System.Text;
using System.Text.Json;
using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// Writes an export, within a reader's clearance: the lists as CSV or JSON, the network as GraphML or JSON, the log as
/// PLOVER-style event records. The command line and the web application both write through it.
/// </summary>
public static class Exporter
{
    /// <summary>The people the network export keeps, those who met most.</summary>
    public const int NetworkPeople = 1_000;

    public static ExportFormat DefaultFormat(ExportList list) => list switch
    {
        ExportList.Network => ExportFormat.GraphMl,
        ExportList.Events => ExportFormat.Jsonl,
        _ => ExportFormat.Csv,
    };

    public static bool Supports(ExportList list, ExportFormat format) => (list, format) switch
    {
        (ExportList.Network, ExportFormat.GraphMl or ExportFormat.Json) => true,
        (ExportList.Events, ExportFormat.Jsonl) => true,
        (ExportList.Network or ExportList.Events, _) => false,
        (_, ExportFormat.Csv or ExportFormat.Json) => true,
        _ => false,
    };

    /// <summary>The formats a list can be written in, for messages.</summary>
    public static IEnumerable<ExportFormat> FormatsOf(ExportList list) => Enum.GetValues<ExportFormat>().Where(f => Supports(list, f));

    /// <summary>A list by its name ("engagements"), as the command line and the web address give it.</summary>
    public static bool TryParseList(string? name, out ExportList list) =>
        Enum.TryParse(name, ignoreCase: true, out list) && !int.TryParse(name, out _);

    /// <summary>A format by its extension ("csv", "graphml"), as the command line and the web address give it.</summary>
    public static bool TryParseFormat(string? extension, out ExportFormat format)
    {
        var found = Enum.GetValues<ExportFormat>().Where(f => string.Equals(Extension(f), extension, StringComparison.OrdinalIgnoreCase)).ToList();
        format = found.FirstOrDefault();
        return found.Count == 1;
    }

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Json => "json",
        ExportFormat.GraphMl => "graphml",
        _ => "jsonl",
    };

    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv",
        ExportFormat.Json => "application/json",
        ExportFormat.GraphMl => "application/graphml+xml",
        _ => "application/jsonl",
    };

    /// <param name="partner">Narrows engagements, people, mechanisms, plans, the network and events to one partner's.</param>
    /// <exception cref="ArgumentException">The list has no such format.</exception>
    public static async Task WriteAsync(Stream output, IChanceryStore store, ExportList list, ExportFormat format, Classification clearance, DateOnly today,
        ActorId? partner = null, CancellationToken cancellationToken = default)
    {
        if (!Supports(list, format))
        {
            throw new ArgumentException($"{list.ToString().ToLowerInvariant()} cannot be written as {Extension(format)}: use {string.Join(" or ", FormatsOf(list).Select(Extension))}", nameof(format));
        }
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        var csv = format == ExportFormat.Csv;
        switch (list)
        {
            case ExportList.Engagements:
                var query = new EngagementQuery { Party = partner, Clearance = clearance };
                if (csv)
                {
                    await CsvExport.WriteEngagementsAsync(writer, EngagementExport.RowsAsync(store, query, cancellationToken), cancellationToken);
                }
                else
                {
                    await JsonArrayAsync(writer, Documents(store, query, clearance, cancellationToken), cancellationToken);
                }
                break;
            case ExportList.Partners:
                var partners = (await PartnerDirectory.ListAsync(store, today, clearance, cancellationToken)).Where(p => partner is null || p.Partner.Id == partner).ToList();
                await (csv ? CsvExport.WritePartnersAsync(writer, partners) : JsonAsync(writer, partners.Select(PartnerDocument.From)));
                break;
            case ExportList.People:
                var people = await store.ReadAsync((r, ct) => r.PeopleAsync(new PeopleQuery { Affiliation = partner, Clearance = clearance }, ct), cancellationToken);
                await (csv ? CsvExport.WritePeopleAsync(writer, people) : JsonAsync(writer, people.Select(PersonDocument.From)));
                break;
            case ExportList.Mechanisms:
                var mechanisms = await MechanismDirectory.ListAsync(store, partner, clearance, cancellationToken);
                await (csv ? CsvExport.WriteMechanismsAsync(writer, mechanisms) : JsonAsync(writer, mechanisms.Select(m => MechanismSummaryDocument.From(m, today))));
                break;
            case ExportList.Plans:
                var plans = (await store.ReadAsync((r, ct) => r.PlansAsync(ct), cancellationToken)).Where(p => partner is null || p.Parties.Contains(partner.Value)).ToList();
                await (csv ? CsvExport.WritePlansAsync(writer, plans) : JsonAsync(writer, plans.Select(PlanDocument.From)));
                break;
            case ExportList.Network:
                var network = await MeetingNetwork.BuildAsync(store, partner, clearance, NetworkPeople, cancellationToken: cancellationToken);
                if (format == ExportFormat.GraphMl)
                {
                    // Laid out in memory, then handed on without blocking: a web response takes no synchronous writes.
                    await writer.WriteAsync(GraphMlExport.Write(network));
                }
                else
                {
                    await JsonAsync(writer, network);
                }
                break;
            case ExportList.Events:
                await PloverExport.WriteAsync(writer, store, EngagementExport.RecordsAsync(store, new EngagementQuery { Party = partner, Clearance = clearance }, cancellationToken), cancellationToken);
                break;
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static async IAsyncEnumerable<EngagementDocument> Documents(IChanceryStore store, EngagementQuery query, Classification clearance, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var ids in EngagementExport.IdPagesAsync(store, query, cancellationToken))
        {
            foreach (var document in await EngagementReader.DocumentsAsync(store, ids, clearance, cancellationToken))
            {
                yield return document;
            }
        }
    }

    /// <summary>A JSON array written as its items come: a log of any size streams out in bounded memory.</summary>
    private static async Task JsonArrayAsync<T>(TextWriter writer, IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        await writer.WriteAsync('[');
        var first = true;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(first ? "\n" : ",\n");
            await writer.WriteAsync(JsonSerializer.Serialize(item, ChanceryJson.Options));
            first = false;
        }
        await writer.WriteAsync("\n]\n");
    }

    private static Task JsonAsync<T>(TextWriter writer, T value) => writer.WriteAsync(ChanceryJson.Serialize(value) + "\n");
}
