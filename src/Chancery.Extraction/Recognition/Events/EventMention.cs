using Chancery.Domain;

namespace Chancery.Extraction.Recognition.Events;

/// <summary>
/// Words that report an engagement, at tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) of a sentence:
/// a named meeting with its ordinal and acronym, a common noun that refers back to one, or a verb.
/// </summary>
internal sealed record EventMention(int Sentence, int FirstToken, int EndToken, EventSource Source)
{
    public EngagementKind? Kind { get; init; }

    /// <summary>The name as written, without ordinal or acronym: "ASEAN-Russia Senior Officials' Meeting".</summary>
    public string? Name { get; init; }

    /// <summary>The acronym the text gives: "ARSOM", "AEM-CER", "EAS".</summary>
    public string? Acronym { get; init; }

    /// <summary>The mechanism type the name ends in, for when there is no acronym: "Summit", "Dialogue", "JCC".</summary>
    public string? TypeWord { get; init; }

    public int? Ordinal { get; init; }

    /// <summary>The sides a compound names: "ASEAN-Russia" is ASEAN and RU.</summary>
    public IReadOnlyList<ActorId> Parties { get; init; } = [];

    /// <summary>A one-off sitting ("Commemorative Summit", "Special Summit"): no recurring mechanism.</summary>
    public bool Special { get; init; }

    /// <summary>"The ministerial meeting of the East Asia Summit": the kind is the level of a meeting of the body named, not the body's own.</summary>
    public bool AtLevel { get; init; }

    /// <summary>"at a summit in Tokyo on Tuesday": a meeting introduced, not referred back to; it may be the one named next.</summary>
    public bool Indefinite { get; init; }

    /// <summary>"In a separate meeting": told as apart from every engagement before it, never a retelling.</summary>
    public bool Apart { get; init; }

    /// <summary>For a verb: what must follow it for it to report an engagement ("person", "place").</summary>
    public string Needs { get; init; } = "nothing";

    /// <summary>The lower-case head noun of a generic mention ("meeting", "summit") or the trigger phrase of a verb.</summary>
    public string Head { get; init; } = "";
}
