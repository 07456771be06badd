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

    /// <summary>The words of the name, folded, each once: a later mention by any one of them ("Kao", "Tene", "Huong") is this person.</summary>
    /// <remarks>A list, not a set: a name has a few words, and a set made for each mention was a thirtieth of all the extractor allocated.</remarks>
    public List<string> NameKeys { get; } = [];
}
