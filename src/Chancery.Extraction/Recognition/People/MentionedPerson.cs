using Chancery.Domain;

namespace Chancery.Extraction.Recognition.People;

/// <summary>A person the document names, once: the fullest form of the name, the title first given, and whom they speak for.</summary>
internal sealed class MentionedPerson(int id, string name)
{
    public int Id { get; } = id;

    public string Name { get; set; } = name;

    public TitleSpan? Title { get; set; }

    public ActorId? Affiliation { get; set; }

    public int AffiliationStrength { get; set; }

    public List<PersonMention> Mentions { get; } = [];

    /// <summary>The words of the name, folded: a later mention by any one of them ("Kao", "Tene", "Huong") is this person.</summary>
    public HashSet<string> NameKeys { get; } = new(StringComparer.Ordinal);
}
