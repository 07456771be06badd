using System.Globalization;
using Chancery.Domain;

namespace Chancery.App.Briefing;

/// <summary>A briefing pack laid out once, as headings, paragraphs, lists and tables, for Markdown, HTML and Word alike.</summary>
public static class BriefingOutline
{
    public static IReadOnlyList<Block> Of(BriefingPack pack)
    {
        var partner = pack.Partner;
        var blocks = new List<Block>
        {
            new Heading(1, pack.Title),
            new Paragraph($"Prepared {Day(pack.Prepared)} from Chancery's records."),
            new Heading(2, "Relationship"),
            new Bullet($"{partner.Partner.OfficialName} ({partner.Partner.Id}): {Taxonomy<PartnershipStatus>.Label(partner.Partnership.Current.Status)} since {partner.Partnership.Current.Since}."),
        };
        blocks.AddRange(partner.Partnership.History.SkipLast(1).Select(p => new Bullet($"Earlier: {Taxonomy<PartnershipStatus>.Label(p.Status)} since {p.Since}.")));
        if (partner.Coordinator is { } coordinator)
        {
            blocks.Add(new Bullet($"Country coordinator: {coordinator.Coordinator} (from {coordinator.From}{(coordinator.To is { } to ? $" to {to}" : "")})."));
        }
        blocks.Add(new Bullet($"{partner.Engagements.ToString("N0", CultureInfo.InvariantCulture)} engagements on record{(partner.LastEngagement is { } last ? $", the latest on {Day(last)}" : "")}."));

        blocks.Add(new Heading(2, "Expected meetings"));
        blocks.AddRange(pack.Expected.Count == 0
            ? [new Paragraph("No mechanism is expected to sit in the coming year.")]
            : pack.Expected.Select(e => new Bullet($"{e.Label} ({e.Mechanism.Name}), around {e.Sitting.Around.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}{(e.Overdue ? ": overdue" : "")}.")));

        blocks.Add(new Heading(2, "Recent engagements"));
        blocks.Add(pack.RecentEngagements.Count == 0
            ? new Paragraph("None on record.")
            : new Table(["Date", "Engagement", "Place", "Covered"], [.. pack.RecentEngagements.Select(e => (IReadOnlyList<string>)
            [
                e.When is { } when ? Day(when.Start) : "undated",
                $"{Taxonomy<EngagementKind>.Label(e.Kind)}: {e.Summary}",
                e.Place.ToString(),
                string.Join(", ", e.Sectors.Select(Taxonomy<Sector>.Label)),
            ])]));

        blocks.Add(new Heading(2, "What they agreed"));
        blocks.AddRange(pack.Outcomes.Count == 0
            ? [new Paragraph("The sources of the recent engagements report no agreement, signature or adoption.")]
            : pack.Outcomes.Select(o => new Bullet($"{(o.Date is { } day ? Day(day) : "Undated")}: “{o.Sentence}”")));

        blocks.Add(new Heading(2, "Open action lines"));
        if (pack.OpenActionLines.Count == 0)
        {
            blocks.Add(new Paragraph("No plan of action in force."));
        }
        foreach (var (plan, bySector) in pack.OpenActionLines)
        {
            blocks.Add(new Heading(3, $"{plan.Title}: {plan.Progress}"));
            foreach (var (sector, lines) in bySector)
            {
                blocks.Add(new Paragraph(sector is { } s ? Taxonomy<Sector>.Label(s) : "Other"));
                blocks.AddRange(lines.Select(line => new Bullet($"{line.Number} {line.Text} ({Taxonomy<ImplementationStatus>.Label(line.Status).ToLowerInvariant()})")));
            }
        }

        blocks.Add(new Heading(2, "Counterparts"));
        blocks.Add(pack.Counterparts.Count == 0
            ? new Paragraph("No one named in the recent engagements.")
            : new Table(["Name", "Position", "Side", "Engagements", "Last met"], [.. pack.Counterparts.Select(c => (IReadOnlyList<string>)
            [
                c.Name, c.Position ?? "", c.Side?.Value ?? "", c.Engagements.ToString(CultureInfo.InvariantCulture), c.LastMet is { } met ? Day(met) : "",
            ])]));

        blocks.Add(new Heading(2, "Stances"));
        blocks.AddRange(pack.Stances.Count == 0
            ? [new Paragraph("No stance recorded in the recent engagements.")]
            : pack.Stances.Select(s => new Bullet($"{s.Year}: {Taxonomy<Stance>.Label(s.Stance)} ({s.Engagements} engagement{(s.Engagements == 1 ? "" : "s")})")));

        blocks.Add(new Heading(2, "Sources"));
        blocks.AddRange(pack.Sources.Count == 0
            ? [new Paragraph("No source cited.")]
            : pack.Sources.Select(s => new Bullet(string.Join(", ", new[] { s.Title, s.Outlet, s.Published is { } p ? Day(p) : null, s.Url?.AbsoluteUri }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } named
                ? named
                : $"Source #{s.Id.Value}")));
        return blocks;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
