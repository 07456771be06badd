using System.Globalization;
using Chancery.Domain;
using Chancery.Extraction;
using Chancery.Extraction.Reading;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;

namespace Chancery.App.Plans;

/// <summary>
/// Reads a plan's sections and action lines from a file: a Word document (DOCX), a PDF or a text file of the usual
/// numbered shape, or a CSV with the columns <c>number,text</c> and, optionally, <c>sector</c>, <c>status</c> and
/// <c>date</c> (the day the status was reported). In a CSV a row numbered "1" is a section and its text the title.
/// </summary>
public static class PlanImporter
{
    /// <exception cref="FormatException">The file is not of the shape of a plan, or a row of it is not understood.</exception>
    /// <exception cref="UnreadableDocumentException">The file cannot be read at all.</exception>
    public static async Task<IReadOnlyList<PlanSection>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(new StreamReader(new MemoryStream(bytes))),
            ".docx" => PlanOutlineParser.Parse(Paragraphs(bytes, path)),
            _ => PlanOutlineParser.Parse(DocumentReader.Default.Read(bytes, Path.GetFileName(path), cancellationToken).Text.Split('\n')),
        };
    }

    private static IEnumerable<string> Paragraphs(byte[] bytes, string path)
    {
        try
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
            return [.. word.MainDocumentPart?.Document?.Body?.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText) ?? []];
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException)
        {
            throw new UnreadableDocumentException($"{Path.GetFileName(path)} is not a Word document that can be opened: {e.Message}", e);
        }
    }

    public static IReadOnlyList<PlanSection> ReadCsv(TextReader text)
    {
        using var csv = new CsvReader(text, CultureInfo.InvariantCulture);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || !header.Contains("number") || !header.Contains("text"))
        {
            throw new FormatException("a plan in CSV has a header with at least the columns number and text");
        }
        var sections = new Dictionary<ActionLineNumber, string>();
        var lines = new List<ActionLine>();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            string? Field(string name) => header.Contains(name) && csv.GetField(name) is { Length: > 0 } value ? value.Trim() : null;
            if (!ActionLineNumber.TryParse(Field("number"), out var number) || Field("text") is not { } words)
            {
                throw new FormatException($"row {row} has no number such as 1.2.3 or no text");
            }
            if (number.Depth == 1)
            {
                sections[number] = words;
                continue;
            }
            Sector? sector = Field("sector") is { } slug ? (Taxonomy<Sector>.TryParse(slug, out var s) ? s : throw new FormatException($"row {row}: '{slug}' is not one of {string.Join(", ", Taxonomy<Sector>.Slugs)}"))
                : SectorReader.SectorsOf(words) is [var read, ..] ? read : null;
            var status = Field("status") is { } state ? (Taxonomy<ImplementationStatus>.TryParse(state, out var st) ? st : throw new FormatException($"row {row}: '{state}' is not one of {string.Join(", ", Taxonomy<ImplementationStatus>.Slugs)}"))
                : ImplementationStatus.NotStarted;
            var line = new ActionLine(number, words, sector, status);
            if (Field("date") is { } date)
            {
                line = line.With(new StatusChange(IsoDate.TryParse(date, out var day) ? day : throw new FormatException($"row {row}: '{date}' is not a date (YYYY-MM-DD)"), status));
            }
            lines.Add(line);
        }
        var numbers = lines.Select(l => ActionLineNumber.Parse(l.Number.Parts[0].ToString(CultureInfo.InvariantCulture))).Distinct().OrderBy(n => n);
        return [.. numbers.Select(n => new PlanSection(n, sections.GetValueOrDefault(n) ?? $"Section {n}", lines.Where(l => l.Number.IsWithin(n))))];
    }
}
