using Chancery.Domain;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Events;

/// <summary>The lexicons of meetings, their kinds and the verbs that report engagements, read once from data/lexicons.</summary>
internal sealed class MeetingLexicon
{
    public static MeetingLexicon Default { get; } = new();

    private MeetingLexicon()
    {
        foreach (var row in LexiconFile.Read("meetings.tsv"))
        {
            var kind = row["kind"] is { Length: > 0 } k ? Taxonomy<EngagementKind>.Parse(k) : (EngagementKind?)null;
            var entry = new MeetingWord(row["role"], kind, row["type"] is { Length: > 0 } type ? type : null);
            (row["role"] == "head" ? Heads : Qualifiers).Add(row["phrase"], entry);
        }
        foreach (var row in LexiconFile.Read("acronym-kinds.tsv"))
        {
            AcronymKinds[row["suffix"]] = Taxonomy<EngagementKind>.Parse(row["kind"]);
            if (row["asean"] == "yes")
            {
                AseanAcronyms.Add(row["suffix"]);
            }
        }
        foreach (var row in LexiconFile.Read("triggers.tsv"))
        {
            Triggers.Add(row["phrase"], (Taxonomy<EngagementKind>.Parse(row["kind"]), row["needs"], row["phrase"]));
        }
        foreach (var row in LexiconFile.Read("ordinals.tsv"))
        {
            (row["kind"] == "tens" ? Tens : Ordinals)[row["word"]] = row.Integer("value");
        }
    }

    /// <summary>Capitalised nouns a meeting's name ends in: "Summit", "Meeting", "Dialogue".</summary>
    public PhraseMatcher<MeetingWord> Heads { get; } = new();

    /// <summary>Words inside a name that set its kind ("Senior Officials", "Foreign Ministers") or make it a one-off ("Commemorative").</summary>
    public PhraseMatcher<MeetingWord> Qualifiers { get; } = new();

    /// <summary>Acronym parts that tell the kind: "SOM", "PMC", "JCC", "AEM".</summary>
    public Dictionary<string, EngagementKind> AcronymKinds { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Acronyms of ASEAN's own bodies: "AMM", "AEM", "ADMM".</summary>
    private HashSet<string> AseanAcronyms { get; } = new(StringComparer.OrdinalIgnoreCase);

    public PhraseMatcher<(EngagementKind Kind, string Needs, string Phrase)> Triggers { get; } = new();

    public Dictionary<string, int> Ordinals { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, int> Tens { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The kind the words around a meeting give it: a qualifier of a name ("Foreign Ministers'"), or the same words in
    /// lower case ("at the level of foreign ministers", "leaders", "senior officials").
    /// </summary>
    public EngagementKind? LevelOf(Token[] tokens, int from, int to) =>
        Qualifiers.FindAll(tokens, from, to).Select(q => q.Value.Kind).FirstOrDefault(k => k is not null)
        ?? Enumerable.Range(from, to - from).Select(t => tokens[t].Lower switch
        {
            "ministers" or "minister" or "ministerial" => EngagementKind.MinisterialMeeting,
            "leaders" => EngagementKind.Summit,
            "officials" when t > 0 && tokens[t - 1].Is("senior") => EngagementKind.SeniorOfficialsMeeting,
            _ => (EngagementKind?)null,
        }).FirstOrDefault(k => k is not null);

    /// <summary>The kind an acronym tells by its parts, the last part first: "ARF SOM" is a senior officials' meeting.</summary>
    /// <remarks>A part may end in a known acronym: "ARSOM" is a SOM, "ACJCC" a JCC.</remarks>
    public EngagementKind? KindOfAcronym(string acronym)
    {
        var parts = acronym.Split([' ', '-', '+'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (AcronymKinds.TryGetValue(parts[i], out var kind))
            {
                return kind;
            }
            foreach (var (suffix, byEnding) in AcronymKinds)
            {
                if (suffix.Length >= 3 && parts[i].Length > suffix.Length && parts[i].EndsWith(suffix, StringComparison.Ordinal))
                {
                    return byEnding;
                }
            }
        }
        return AcronymKinds.TryGetValue(acronym, out var whole) ? whole : null;
    }

    /// <summary>Whether an acronym names an ASEAN body among its parts: "AEM-METI", "AMM Retreat".</summary>
    public bool IsAseanAcronym(string acronym) =>
        AseanAcronyms.Contains(acronym) || acronym.Split([' ', '-', '+'], StringSplitOptions.RemoveEmptyEntries).Any(AseanAcronyms.Contains);
}

/// <summary>A word of the meetings lexicon: its role, the kind it sets, and the type word it gives a mechanism.</summary>
internal sealed record MeetingWord(string Role, EngagementKind? Kind, string? Type);
