namespace Chancery.Domain;

/// <summary>A person who took part in an engagement, with the title they held then and whom they spoke for.</summary>
public sealed record Participant
{
    public Participant(Id<Person> person, string name, string title, ActorId? affiliation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Person = person;
        Name = name.Trim();
        Title = title?.Trim() ?? "";
        Affiliation = affiliation;
    }

    public Id<Person> Person { get; }

    public string Name { get; }

    /// <summary>"Deputy Secretary-General"; empty where the text gives none.</summary>
    public string Title { get; }

    public ActorId? Affiliation { get; }
}
