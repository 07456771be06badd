using Chancery.Domain;

namespace Chancery.App.Ingestion;

/// <summary>
/// The people a store knows, by the words of their names and aliases, to find the one a document names:
/// the same name, or a shorter form of it ("Ambassador Zagaynov") for someone of the same side. A name
/// that fits no one, or several, is someone new. Looked up by word, so that finding one person among many
/// thousands costs a few dictionary probes.
/// </summary>
internal sealed class PeopleIndex
{
    private readonly Dictionary<string, List<Person>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Person Person, string[] Name)>> byWord = new(StringComparer.Ordinal);

    public PeopleIndex(IEnumerable<Person> known)
    {
        foreach (var person in known)
        {
            Add(person);
        }
    }

    public void Add(Person person)
    {
        foreach (var name in Names(person))
        {
            Entries(byName, string.Join(' ', name)).Add(person);
            foreach (var word in name.Distinct())
            {
                Entries(byWord, word).Add((person, name));
            }
        }
    }

    public Person? Find(string name, ActorId? affiliation)
    {
        var words = NameWords.Words(name);
        if (words.Length == 0)
        {
            return null;
        }
        if (byName.TryGetValue(string.Join(' ', words), out var same) && same.Distinct().Take(2).Count() == 1)
        {
            return same[0];
        }
        // Every name that covers these words, or that they cover, shares their first word.
        var fitting = (byWord.GetValueOrDefault(words[0]) ?? [])
            .Concat(words.Skip(1).SelectMany(w => byWord.GetValueOrDefault(w) ?? []))
            .Where(entry => NameWords.Covers(entry.Name, words) || NameWords.Covers(words, entry.Name))
            .Select(entry => entry.Person)
            .Where(p => affiliation is null || p.Positions.Count == 0 || p.Positions.Any(position => position.Affiliation == affiliation))
            .Distinct()
            .Take(2)
            .ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>Records what a document adds to a person: a longer form of the name, a position not known.</summary>
    public void Replace(Person before, Person after)
    {
        foreach (var name in Names(before))
        {
            byName.GetValueOrDefault(string.Join(' ', name))?.RemoveAll(p => p == before);
            foreach (var word in name.Distinct())
            {
                byWord.GetValueOrDefault(word)?.RemoveAll(entry => entry.Person == before);
            }
        }
        Add(after);
    }

    private static IEnumerable<string[]> Names(Person person) =>
        new[] { person.Name }.Concat(person.Aliases).Select(NameWords.Words).Where(w => w.Length > 0);

    private static List<T> Entries<T>(Dictionary<string, List<T>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        return list;
    }
}
