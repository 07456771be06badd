using Chancery.App;
using Chancery.Cli.Rendering;
using Chancery.Cli.Settings;
using Chancery.Domain;
using Chancery.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery people</c>: people and their positions.</summary>
internal sealed class PeopleCommand(CliEnvironment environment) : AsyncCommand<PeopleSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PeopleSettings settings, CancellationToken cancellationToken)
    {
        await using var workspace = await WorkspaceOpener.OpenAsync(environment, settings, cancellationToken);
        var actors = await ActorDirectory.LoadAsync(workspace.Store, cancellationToken);
        var query = new PeopleQuery
        {
            Name = SearchText.Parse(settings.Query),
            Affiliation = settings.PartnerIn(actors),
            Limit = settings.Limit,
        };
        var people = await workspace.Store.ReadAsync((reader, ct) => reader.PeopleAsync(query, ct), cancellationToken);
        if (settings.Json)
        {
            environment.WriteRaw(ChanceryJson.Serialize(people.Select(PersonDocument.From)) + "\n");
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "Name", "Positions");
        foreach (var person in people)
        {
            table.AddRow(
                person.Id.ToString(),
                Format.Escaped(person.Name),
                Format.Escaped(string.Join("\n", person.Positions.Select(p => Describe(p, actors)))));
        }
        table.Caption($"{people.Count} {(people.Count == 1 ? "person" : "people")}");
        environment.Out.Write(table);
        return 0;
    }

    private static string Describe(Position position, ActorDirectory actors) =>
        $"{position.Title}, {actors.Name(position.Affiliation)}"
        + (position.AccreditedTo is { } post ? $", to {actors.Name(post)}" : "")
        + (position.Portfolio is { } portfolio ? $" ({portfolio})" : "");
}
