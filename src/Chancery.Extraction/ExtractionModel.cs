using Chancery.Domain;
using Chancery.Extraction.Assembly;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Recognition.Events;
using Chancery.Extraction.Recognition.People;
using Chancery.Extraction.Recognition.Places;
using Chancery.Extraction.Text;
using Chancery.ReferenceData;

namespace Chancery.Extraction;

/// <summary>
/// What the extractor knows before it reads: the actors, places and mechanisms of the reference data and the
/// lexicons of data/lexicons, compiled into matchers once and shared by every extraction (it is read-only).
/// </summary>
public sealed class ExtractionModel
{
    private static readonly Lazy<ExtractionModel> Shared = new(() => new ExtractionModel(ReferenceCatalog.Default));

    private readonly Dictionary<ActorId, Actor> actors;

    public ExtractionModel(ReferenceCatalog catalog)
    {
        NumberCommonWordsFirst();
        actors = catalog.Actors.ToDictionary(a => a.Id);
        Actors = new ActorRecognizer(catalog.Actors);
        Places = new PlaceRecognizer(catalog.Gazetteer, catalog.Gazetteer.All, CommonWords());
        People = new PersonRecognizer(PeopleLexicon.Default);
        Officials = new OfficialIndex(catalog.Officials);
        Events = new EventRecognizer(MeetingLexicon.Default);
        Mechanisms = new MechanismIndex(catalog.Mechanisms);
        foreach (var row in LexiconFile.Read("venues.tsv"))
        {
            Venues.Add(row["venue"], (row["city"], row.Actor("country")));
        }
    }

    /// <summary>
    /// Numbers the commonest words of English, then every word of data/lexicons, before the gazetteer's 135,000 names and
    /// the English word list are numbered (<see cref="Vocabulary"/>). Recognisers keep a bit for each of their words by
    /// number, and look up every token's: numbered among the gazetteer's names, the words of one small lexicon were spread
    /// over a hundred thousand bits, and a text's words over as many, so most lookups missed the processor's caches;
    /// numbered first, a lexicon's bits lie in a few cache lines, and most of a text's words are found in them.
    /// </summary>
    private static void NumberCommonWordsFirst() =>
        Vocabulary.Number(LexiconFile.Read(FrequentWords).Select(row => row["word"])
            .Concat(LexiconFile.Tables().Where(name => name != FrequentWords).SelectMany(LexiconFile.Read).SelectMany(row => row.Cells)));

    /// <summary>The commonest English words, commonest first: a table of data/lexicons, numbered before the others and not again with them.</summary>
    private const string FrequentWords = "frequent-words.tsv";

    /// <summary>Capitalised words of the lexicons that name no place by themselves: titles, meetings, months, weekdays, stopwords.</summary>
    private static IEnumerable<string> CommonWords() =>
        new[] { "title-words.tsv", "name-stopwords.tsv" }.SelectMany(file => LexiconFile.Read(file).Select(row => row["word"]))
            .Concat(LexiconFile.Read("meetings.tsv").Select(row => row["phrase"]))
            .Concat(LexiconFile.Read("months.tsv").Select(row => row["name"]))
            .Concat(LexiconFile.Read("weekdays.tsv").Select(row => row["name"]))
            .Concat(LexiconFile.Read("plans.tsv").Select(row => row["phrase"]))
            .Select(Text.Tokenizer.Fold);

    /// <summary>The model of the reference data and lexicons embedded in this build.</summary>
    public static ExtractionModel Default => Shared.Value;

    internal ActorRecognizer Actors { get; }

    internal PlaceRecognizer Places { get; }

    internal PersonRecognizer People { get; }

    /// <summary>Whom known officials serve, for people the text names without saying.</summary>
    internal OfficialIndex Officials { get; }

    internal EventRecognizer Events { get; }

    internal MechanismIndex Mechanisms { get; }

    internal PhraseMatcher<(string City, ActorId Country)> Venues { get; } = new();

    internal bool IsState(ActorId id) => actors.TryGetValue(id, out var actor) && actor.Kind == ActorKind.State;

    /// <summary>An actor that can be a side of an engagement: any state or organisation the reference data knows.</summary>
    internal bool IsParty(ActorId id) => actors.ContainsKey(id);

    /// <summary>Whether a state is a member of an organisation, as the reference data lists its members.</summary>
    internal bool IsMember(ActorId state, ActorId organisation) => actors.TryGetValue(organisation, out var actor) && actor.Members.Contains(state);

    /// <summary>Whether a city is the seat of an organisation: Jakarta is ASEAN's.</summary>
    internal bool IsSeat(string? city, ActorId organisation) =>
        city is not null && actors.TryGetValue(organisation, out var actor) && string.Equals(actor.Seat, city, StringComparison.OrdinalIgnoreCase);

    internal City? Capital(ActorId id) =>
        actors.TryGetValue(id, out var actor) && actor.Capital is { } capital ? Places.Gazetteer.Resolve(capital, id) : null;
}
