using Chancery.Domain;
using Chancery.Extraction.Recognition.Events;

namespace Chancery.Extraction.Assembly;

/// <summary>An engagement being assembled: the mentions that report it and the sentence segments that speak of it.</summary>
internal sealed class Candidate(int id, EventMention first)
{
    public int Id { get; } = id;

    public List<EventMention> Mentions { get; } = [first];

    public List<Segment> Segments { get; } = [];

    public EngagementKind? Kind { get; set; } = first.Kind;

    public string? Name { get; set; } = first.Name;

    public string? Acronym { get; set; } = first.Acronym;

    public string? TypeWord { get; set; } = first.TypeWord;

    public int? Ordinal { get; set; } = first.Ordinal;

    public bool Special { get; set; } = first.Special;

    public List<ActorId> NameParties { get; } = [.. first.Parties];

    public EventMention First => Mentions[0];

    public int Sentence => First.Sentence;

    public bool Named => Mentions.Any(m => m.Source == EventSource.Named);

    /// <summary>Whether a mention gave the kind as the level of a meeting of a named body ("the ministerial meeting of the EAS").</summary>
    public bool AtLevel => Mentions.Any(m => m.AtLevel);

    /// <summary>The sitting of the same series this one was told beside ("the 24th meeting ..., the 15th for ..."), whose name it takes.</summary>
    public Candidate? Series { get; set; }

    public TriggerSegments TriggerSegments => new(Segments);

    /// <summary>Takes in another mention of the same engagement: what it adds fills what is missing.</summary>
    public void Absorb(EventMention mention)
    {
        Mentions.Add(mention);
        Kind ??= mention.Kind;
        Name ??= mention.Name;
        Acronym ??= mention.Acronym;
        TypeWord ??= mention.TypeWord;
        Ordinal ??= mention.Ordinal;
        Special |= mention.Special;
        foreach (var party in mention.Parties.Where(p => !NameParties.Contains(p)))
        {
            NameParties.Add(party);
        }
    }

    public override string ToString() => $"#{Id} {Kind} {Name ?? First.Head} {Ordinal}";
}
