using Chancery.Domain;

namespace Chancery.Extraction.Recognition.People;

/// <summary>
/// A person named at tokens [<see cref="NameFirst"/>, <see cref="NameEnd"/>), with the title written with the name
/// at this mention, if any. <see cref="Person"/> numbers the person: every mention of the same person shares it.
/// </summary>
internal sealed record PersonMention(int NameFirst, int NameEnd, string Name)
{
    public TitleSpan? Title { get; init; }

    /// <summary>The state a form of address points to ("Datuk" is Malaysian), if any.</summary>
    public ActorId? HonorificNationality { get; init; }

    public int Person { get; set; } = -1;

    /// <summary>A lone word that is a person only if the document named someone by it before.</summary>
    public bool Tentative { get; init; }

    /// <summary>The first token of the whole mention, title included.</summary>
    public int First => Math.Min(NameFirst, Title?.FirstToken ?? NameFirst);

    /// <summary>The end of the whole mention, title included.</summary>
    public int End => Math.Max(NameEnd, Title?.EndToken ?? NameEnd);
}
