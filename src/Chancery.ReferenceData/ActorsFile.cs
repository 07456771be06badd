using Chancery.Domain;

namespace Chancery.ReferenceData;

/// <summary>
/// States from states.tsv (derived from world-countries) with the hand-curated names of
/// state-aliases.tsv, and the organisations of organisations.tsv.
/// </summary>
internal static class ActorsFile
{
    public static IReadOnlyList<Actor> Read() => [.. ReadStates(), .. ReadOrganisations()];

    private static IEnumerable<Actor> ReadStates()
    {
        var extras = TsvFile.Read("state-aliases.tsv")
            .Select(row => (Code: row.Actor("code"), Field: row["field"], Value: row["value"]))
            .ToLookup(extra => (extra.Code, extra.Field), extra => extra.Value);
        foreach (var row in TsvFile.Read("states.tsv"))
        {
            var code = row.Actor("code");
            var demonyms = row.List("demonyms");
            yield return new Actor(code, ActorKind.State, row["name"], row["official_name"])
            {
                Aliases = [.. row.List("aliases"), .. extras[(code, "alias")]],
                Demonyms = [.. demonyms, .. extras[(code, "demonym")]],
                // In English a demonym is usually the adjective too ("the Russian side"); the curated file adds the others ("Philippine").
                Adjectives = [.. demonyms, .. extras[(code, "adjective")]],
                Capital = row.List("capitals").FirstOrDefault(),
            };
        }
    }

    private static IEnumerable<Actor> ReadOrganisations() =>
        TsvFile.Read("organisations.tsv").Select(row => new Actor(row.Actor("id"), ActorKind.Organisation, row["name"], row["official_name"])
        {
            Aliases = row.List("aliases"),
            Adjectives = row.List("adjectives"),
            Members = [.. row.List("members").Select(ActorId.Parse)],
            Seat = row["seat"] is { Length: > 0 } seat ? seat : null,
        });
}
