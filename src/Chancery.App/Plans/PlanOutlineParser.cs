using System.Text.RegularExpressions;
using Chancery.Domain;
using Chancery.Extraction;

namespace Chancery.App.Plans;

/// <summary>
/// Reads the usual shape of a plan of action: numbered sections per pillar ("1. POLITICAL-SECURITY COOPERATION"),
/// numbered headings under them ("1.1 Political and Security Dialogue"), and numbered action lines ("1.1.3 Strengthen
/// cooperation in ..."), whose text may run over several lines. A numbered item with items numbered under it is a
/// heading; one without is an action line. Each line's sector is read from its words.
/// </summary>
public static partial class PlanOutlineParser
{
    /// <exception cref="FormatException">The text holds no numbered section with action lines.</exception>
    public static IReadOnlyList<PlanSection> Parse(IEnumerable<string> lines)
    {
        var items = new List<(ActionLineNumber Number, string Text)>();
        // A PDF's reader joins the lines of a block into one paragraph: the numbered items in it are parted again.
        foreach (var raw in lines.SelectMany(l => ItemStart().Split(l)))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (Numbered().Match(line) is { Success: true } match && ActionLineNumber.TryParse(match.Groups["number"].Value, out var number)
                && (number.Depth > 1 || items.Count == 0 || number.Parts[0] == items[^1].Number.Parts[0] + 1 || match.Groups["dot"].Success))
            {
                items.Add((number, match.Groups["text"].Value.Trim()));
            }
            else if (items.Count > 0 && items[^1].Number.Depth > 1 && !IsPageFurniture(line))
            {
                // A line of text without a number goes on the item before it (a PDF wraps long action lines).
                items[^1] = (items[^1].Number, $"{items[^1].Text} {line}");
            }
        }
        var sections = new List<PlanSection>();
        foreach (var section in items.Where(i => i.Number.Depth == 1))
        {
            var actionLines = items
                .Where(i => i.Number.Depth > 1 && i.Number.IsWithin(section.Number) && !items.Any(child => child.Number.Depth > i.Number.Depth && child.Number.IsWithin(i.Number)))
                .Select(i => new ActionLine(i.Number, i.Text, SectorReader.SectorsOf(i.Text) is [var sector, ..] ? sector : null))
                .ToList();
            if (actionLines.Count > 0)
            {
                sections.Add(new PlanSection(section.Number, Title(section.Text), actionLines));
            }
        }
        return sections.Count > 0 ? sections : throw new FormatException("the document holds no numbered sections with numbered action lines (\"1 ...\", \"1.1.1 ...\")");
    }

    /// <summary>"POLITICAL-SECURITY COOPERATION" reads as "Political-Security Cooperation".</summary>
    private static string Title(string text) =>
        text.Any(char.IsLower) ? text : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());

    /// <summary>Page numbers and running heads a PDF repeats on every page.</summary>
    private static bool IsPageFurniture(string line) => PageNumber().IsMatch(line);

    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,3}){0,4})(?<dot>\.)?\s+(?<text>\S.*)$")]
    private static partial Regex Numbered();

    /// <summary>Where an item starts within a paragraph: at a number of two or more parts ("1.1.2 Strengthen"), or at a section's number after the end of an item ("...; 2. ECONOMIC").</summary>
    [GeneratedRegex(@"\s+(?=\d{1,2}(?:\.\d{1,3}){1,4}\.?\s+\p{Lu})|(?<=[.;:])\s+(?=\d{1,2}\.?\s+\p{Lu})")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
