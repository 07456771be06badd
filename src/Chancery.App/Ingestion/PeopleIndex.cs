using Chancery.Domain;

namespace Chancery.App.Ingestion;

/// <summary>
/// The people a store knows, by the words of their names and aliases, to find the one a document names:
/// the same name, or a shorter form of it ("Ambassador Zagaynov") for someone of the same side. A name
/// that fits no one, or several, is someone new.
/// </summary>
internal sealed class PeopleIndex
{
    private readonly List<(Person Person, string[][] Names)> people = [];

    public PeopleIndex(IEnumerable<Person> known)
    {
        foreach (var person in known)
        {
            Add(person);
        }
    }

    public void Add(Person person) =>
        people.Add((person, [.. new[] { person.Name }.Concat(person.Aliases).Select(PersonName.Words).Where(w => w.Length > 0)]));

    public Person? Find(string name, ActorId? affiliation)
    {
        var words = PersonName.Words(name);
        if (words.Length == 0)
        {
            return null;
        }
        var key = string.Join(' ', words);
        var same = people.Where(p => p.Names.Any(n => string.Join(' ', n) == key)).Select(p => p.Person).ToList();
        if (same.Count == 1)
        {
            return same[0];
        }
        var fitting = people
            .Where(p => p.Names.Any(n => PersonName.Covers(n, words) || PersonName.Covers(words, n)))
            .Where(p => affiliation is null || p.Person.Positions.Count == 0 || p.Person.Positions.Any(position => position.Affiliation == affiliation))
            .Select(p => p.Person)
            .Take(2)
            .ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>Records what a document adds to a person: a longer form of the name, a position not known.</summary>
    public void Replace(Person before, Person after)
    {
        var index = people.FindIndex(p => p.Person == before);
        if (index >= 0)
        {
            people.RemoveAt(index);
        }
        Add(after);
    }
}
