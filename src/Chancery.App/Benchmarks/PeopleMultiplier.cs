using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Benchmarks;

/// <summary>
/// Grows a store to many people for benchmarks: officials named from the given names and family names of those it
/// holds, with a middle initial ("Evgeny K. Lavrov"), each holding the positions of one of them, so that titles and
/// affiliations stay real. Deterministic: the same store grows the same people.
/// </summary>
public static class PeopleMultiplier
{
    private const int BatchSize = 5_000;

    /// <returns>Every person of the store once grown, by id and name, for engagements to name as participants.</returns>
    public static async Task<IReadOnlyList<(Id<Person> Id, string Name)>> GrowAsync(IChanceryStore store, int target, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var templates = await store.ReadAsync((r, ct) => r.PeopleAsync(PeopleQuery.All, ct), cancellationToken);
        var people = templates.Select(p => (p.Id, p.Name)).ToList();
        var names = templates.Select(p => p.Name.Split(' ')).Where(words => words.Length >= 2).ToList();
        var given = names.Select(words => words[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        var family = names.Select(words => words[^1]).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (given.Length == 0 || family.Length == 0)
        {
            throw new InvalidOperationException("the store holds nobody with a given and a family name to grow from");
        }
        while (people.Count < target)
        {
            var first = people.Count;
            var batch = Math.Min(BatchSize, target - first);
            var saved = await store.WriteAsync(async (w, ct) =>
            {
                var added = new List<(Id<Person>, string)>(batch);
                for (var i = first; i < first + batch; i++)
                {
                    var person = new Person($"{given[i % given.Length]} {(char)('A' + (i / given.Length % 26))}. {family[i / given.Length / 26 % family.Length]}")
                    {
                        Positions = templates[i % templates.Count].Positions,
                    };
                    added.Add((await w.SavePersonAsync(person, ct), person.Name));
                }
                return added;
            }, cancellationToken);
            people.AddRange(saved);
            progress?.Report(new LoadProgress("Growing the people", people.Count, target));
        }
        return people;
    }
}
