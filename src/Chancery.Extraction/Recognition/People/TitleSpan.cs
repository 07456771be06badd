using Chancery.Domain;

namespace Chancery.Extraction.Recognition.People;

/// <summary>
/// A title found at tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>): "Deputy Secretary-General of ASEAN",
/// with the actor its words point to (<see cref="Affiliation"/>), whether that came from the title's own words
/// or only from a lexicon default, and whether it is an office a government holds at home.
/// </summary>
internal sealed record TitleSpan(int FirstToken, int EndToken, string Text)
{
    public ActorId? Affiliation { get; init; }

    /// <summary>How sure the affiliation is: 3 the title's own words (adjective, possessive, "of X"), 1 a lexicon default.</summary>
    public int AffiliationStrength { get; init; }

    public bool Domestic { get; init; }
}
