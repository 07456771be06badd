using System.Globalization;
using Chancery.App;
using Chancery.Domain;
using Spectre.Console;

namespace Chancery.Cli.Rendering;

/// <summary>An engagement in full on the terminal: its facts, its people, and each source's evidence quoted.</summary>
internal static class EngagementView
{
    public static void Render(IAnsiConsole console, EngagementDocument e, ActorDirectory actors)
    {
        string Actor(string? id) => id is null ? "" : $"{Format.Escaped(actors.Name(new ActorId(id)))} [grey]{id}[/]";
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Fact(string name, string value)
        {
            if (value.Length > 0)
            {
                facts.AddRow($"[grey]{name}[/]", value);
            }
        }
        Fact("Date", e.Date is null ? "[grey]undated[/]" : e.EndDate is null ? e.Date : $"{e.Date} to {e.EndDate}");
        Fact("Kind", Taxonomy<EngagementKind>.Label(Taxonomy<EngagementKind>.Parse(e.Kind)));
        if (e.Mechanism is { } m)
        {
            var name = m.Name ?? m.Id;
            Fact("Mechanism", Format.Escaped(m.Ordinal is { } n ? $"{Ordinals.English(n)} {name}" : name) + (m.Acronym is { } a ? $" [grey]({Format.Escaped(a)})[/]" : ""));
        }
        Fact("Place", Format.Escaped(string.Join(", ", new[] { e.Venue, e.City }.OfType<string>())) + (e.Country is { } c ? $" {Actor(c)}" : "") + (e.Virtual ? " [blue]videoconference[/]" : ""));
        Fact("Parties", string.Join(", ", e.Parties.Select(p => Actor(p))));
        Fact("Sectors", Format.Escaped(string.Join(", ", e.Sectors)));
        Fact("Stances", Format.Escaped(string.Join(", ", e.Stances.Select(s => $"{s.Actor} {s.Stance}"))));
        Fact("Plans", Format.Escaped(string.Join(", ", e.Plans)));
        Fact("Review", e.Review switch { "draft" => "[yellow]draft[/]", "rejected" => "[red]rejected[/]", _ => "[green]confirmed[/]" });
        Fact("Classification", e.Classification);
        console.Write(new Panel(facts).Header($"Engagement #{e.Id}").Border(BoxBorder.Rounded).Expand());
        console.WriteLine(e.Summary);
        if (e.Participants.Count > 0)
        {
            var people = new Table().Border(TableBorder.Simple).Title("Participants").AddColumns("Name", "Title", "For");
            foreach (var p in e.Participants)
            {
                people.AddRow(Format.Escaped(p.Name), Format.Escaped(p.Title), Actor(p.Affiliation));
            }
            console.Write(people);
        }
        if (e.Flags.Count > 0)
        {
            var flags = new Table().Border(TableBorder.Simple).Title("[yellow]Flagged for review: what later sources say[/]").AddColumns("Field", "Proposed", "Source");
            foreach (var flag in e.Flags)
            {
                flags.AddRow(flag.Field, Format.Escaped(flag.Proposed), $"#{flag.SourceId}");
            }
            console.Write(flags);
        }
        foreach (var source in e.Sources)
        {
            var evidence = new Table().Border(TableBorder.Simple)
                .Title($"Source #{source.SourceId} ({source.Role}): {Format.Escaped(source.Title)}")
                .AddColumns("Field", "Quote", "Characters", "Confidence");
            foreach (var span in source.Evidence)
            {
                evidence.AddRow(span.Field, $"“{Format.Escaped(span.Quote)}”", $"{span.Start}-{span.End}", span.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            }
            console.Write(evidence);
        }
    }
}
