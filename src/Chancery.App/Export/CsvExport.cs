using System.Globalization;
using Chancery.Domain;
using Chancery.Store;
using CsvHelper;
using CsvHelper.Configuration;

namespace Chancery.App;

/// <summary>
/// The lists as CSV (RFC 4180, a header row, one record a line), for spreadsheets and scripts: several values of one
/// field (parties, sectors) are joined with "; ", and a field that a spreadsheet would take for a formula is escaped.
/// </summary>
public static class CsvExport
{
    public static async Task WriteEngagementsAsync(TextWriter writer, IAsyncEnumerable<EngagementRow> rows, CancellationToken cancellationToken = default)
    {
        await using var csv = Open(writer);
        await Header(csv, "id", "date", "end_date", "kind", "mechanism", "ordinal", "parties", "venue", "city", "country", "virtual", "summary", "review", "classification");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await Record(csv,
                row.Id.Value.ToString(CultureInfo.InvariantCulture), Day(row.When?.Start), Day(row.When?.End), Taxonomy<EngagementKind>.Slug(row.Kind),
                row.Sitting?.Mechanism.Value, row.Sitting?.Ordinal?.ToString(CultureInfo.InvariantCulture), Join(row.Parties.Select(p => p.Value)),
                row.Place.Venue, row.Place.City, row.Place.Country?.Value, row.Place.Virtual ? "true" : "false", row.Summary,
                Taxonomy<ReviewState>.Slug(row.Review), Taxonomy<Classification>.Slug(row.Classification));
        }
        await csv.FlushAsync();
    }

    public static async Task WritePartnersAsync(TextWriter writer, IEnumerable<PartnerSummary> partners)
    {
        await using var csv = Open(writer);
        await Header(csv, "id", "name", "status", "since", "coordinator", "engagements", "last_engagement");
        foreach (var p in partners)
        {
            await Record(csv, p.Partner.Id.Value, p.Partner.Name, Taxonomy<PartnershipStatus>.Slug(p.Partnership.Current.Status), p.Partnership.Current.Since.ToString(),
                p.Coordinator?.Coordinator.Value, p.Engagements.ToString(CultureInfo.InvariantCulture), Day(p.LastEngagement));
        }
        await csv.FlushAsync();
    }

    /// <summary>One line per position a person held (a person without positions has one line without).</summary>
    public static async Task WritePeopleAsync(TextWriter writer, IEnumerable<Person> people)
    {
        await using var csv = Open(writer);
        await Header(csv, "id", "name", "aliases", "title", "affiliation", "accredited_to", "portfolio", "from", "to");
        foreach (var person in people)
        {
            foreach (var position in person.Positions.Count == 0 ? [null] : person.Positions.Cast<Position?>())
            {
                await Record(csv, person.Id.Value.ToString(CultureInfo.InvariantCulture), person.Name, Join(person.Aliases), position?.Title, position?.Affiliation.Value,
                    position?.AccreditedTo?.Value, position?.Portfolio, Day(position?.From), Day(position?.To));
            }
        }
        await csv.FlushAsync();
    }

    /// <summary>One line per sitting of each mechanism (a mechanism without sittings has one line without).</summary>
    public static async Task WriteMechanismsAsync(TextWriter writer, IEnumerable<Mechanism> mechanisms)
    {
        await using var csv = Open(writer);
        await Header(csv, "id", "name", "acronym", "kind", "level", "cadence", "parties", "ordinal", "date", "end_date", "city", "country");
        foreach (var m in mechanisms)
        {
            foreach (var sitting in m.Sittings.Count == 0 ? [null] : m.Sittings.Cast<Sitting?>())
            {
                await Record(csv, m.Id.Value, m.Name, m.Acronym, Taxonomy<EngagementKind>.Slug(m.Kind), Taxonomy<MechanismLevel>.Slug(m.Level), m.Cadence.ToString(),
                    Join(m.Parties.Select(p => p.Value)), sitting?.Ordinal.ToString(CultureInfo.InvariantCulture), Day(sitting?.When?.Start), Day(sitting?.When?.End),
                    sitting?.City, sitting?.Country?.Value);
            }
        }
        await csv.FlushAsync();
    }

    /// <summary>One line per action line of each plan, with its section.</summary>
    public static async Task WritePlansAsync(TextWriter writer, IEnumerable<Plan> plans)
    {
        await using var csv = Open(writer);
        await Header(csv, "plan", "section", "section_title", "number", "text", "sector", "status");
        foreach (var plan in plans)
        {
            foreach (var section in plan.Sections)
            {
                foreach (var line in section.ActionLines)
                {
                    await Record(csv, plan.Id.Value, section.Number.ToString(), section.Title, line.Number.ToString(), line.Text,
                        line.Sector is { } sector ? Taxonomy<Sector>.Slug(sector) : null, Taxonomy<ImplementationStatus>.Slug(line.Status));
                }
            }
        }
        await csv.FlushAsync();
    }

    /// <summary>
    /// A writer that defuses formulas: a summary read from a hostile page that begins with "=" must not run in the
    /// spreadsheet of whoever opens the export.
    /// </summary>
    private static CsvWriter Open(TextWriter writer) =>
        new(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }, leaveOpen: true);

    private static string Join(IEnumerable<string> values) => string.Join("; ", values);

    private static string? Day(DateOnly? day) => day is { } d ? IsoDate.Format(d) : null;

    private static Task Header(CsvWriter csv, params string[] names) => Record(csv, names);

    /// <summary>A line, handed on without blocking: a web response takes no synchronous writes.</summary>
    private static async Task Record(CsvWriter csv, params string?[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field ?? "");
        }
        await csv.NextRecordAsync();
    }
}
