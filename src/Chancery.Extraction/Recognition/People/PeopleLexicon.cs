using Chancery.Domain;
using Chancery.Extraction.Lexicons;

namespace Chancery.Extraction.Recognition.People;

/// <summary>The lexicons that find people and their titles, read once from data/lexicons.</summary>
internal sealed class PeopleLexicon
{
    public static PeopleLexicon Default { get; } = new();

    private PeopleLexicon()
    {
        foreach (var row in LexiconFile.Read("titles.tsv"))
        {
            var affiliation = ActorId.TryParse(row["affiliation"], out var id) ? id : (ActorId?)null;
            var domestic = row["domestic"] == "1";
            if (row["kind"] == "head")
            {
                Heads.Add(row["title"], domestic);
            }
            else
            {
                Titles.Add(row["title"], (affiliation, domestic));
            }
        }
        foreach (var row in LexiconFile.Read("honorifics.tsv"))
        {
            Honorifics.Add(row["honorific"], ActorId.TryParse(row["nationality"], out var id) ? id : null);
        }
        foreach (var row in LexiconFile.Read("offices.tsv"))
        {
            Offices.Add(row["organisation"], ActorId.Parse(row["actor"]));
        }
        TitleWords = new WordSet(Words("title-words.tsv", "word"));
        Stopwords = new WordSet(Words("name-stopwords.tsv", "word"));
        PlaceNouns = new WordSet(Words("place-nouns.tsv", "word"));
        Stopwords.UnionWith(Words("months.tsv", "name"));
        Stopwords.UnionWith(Words("weekdays.tsv", "name"));
        foreach (var row in LexiconFile.Read("name-particles.tsv"))
        {
            (row["position"] switch { "end" => Suffixes, "abbreviation" => Abbreviations, _ => Particles }).Add(row["word"].TrimEnd('.').ToLowerInvariant());
        }
    }

    /// <summary>The nouns titles are built on, and whether the office is a government's at home.</summary>
    public PhraseMatcher<bool> Heads { get; } = new();

    /// <summary>Whole titles that name their holder's state or organisation by themselves.</summary>
    public PhraseMatcher<(ActorId? Affiliation, bool Domestic)> Titles { get; } = new();

    public PhraseMatcher<ActorId?> Honorifics { get; } = new();

    public PhraseMatcher<ActorId> Offices { get; } = new();

    /// <summary>Folded words of titles and bodies: never part of a name.</summary>
    public WordSet TitleWords { get; }

    /// <summary>Capitalised words that are never part of a name, written as they are capitalised.</summary>
    public WordSet Stopwords { get; }

    public WordSet Particles { get; } = new();

    /// <summary>Lower-case nouns that make the name before them a place: "district", "province".</summary>
    public WordSet PlaceNouns { get; }

    /// <summary>Common English words (english-words.tsv.gz): a name made only of them is a phrase ("Shared Values"), not a person.</summary>
    /// <remarks>Asked with the token as written (<see cref="WordSet.ContainsAsWritten"/>): the words keep their accents.</remarks>
    public WordSet EnglishWords { get; } = new(LexiconFile.Read("english-words.tsv.gz").Select(row => row["word"]));

    public WordSet Suffixes { get; } = new();

    /// <summary>Given names written short with a full stop inside a name: "Ma.", "Sta.", "Mohd.".</summary>
    public WordSet Abbreviations { get; } = new();

    /// <summary>Folded words of a lexicon; a hyphenated word ("Indo-Pacific") counts by its parts too, as tokens split it.</summary>
    private static HashSet<string> Words(string file, string column) =>
        new(LexiconFile.Read(file).Select(row => Text.Tokenizer.Fold(row[column])).SelectMany(w => w.Split('-').Append(w)).Where(w => w.Length > 0), StringComparer.Ordinal);
}
