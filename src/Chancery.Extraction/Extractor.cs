using Chancery.Extraction.Assembly;
using Chancery.Extraction.Output;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Recognition.Dates;
using Chancery.Extraction.Recognition.Events;
using Chancery.Extraction.Recognition.People;
using Chancery.Extraction.Recognition.Places;
using Chancery.Extraction.Text;

namespace Chancery.Extraction;

/// <summary>
/// Reads a document's text and returns the engagements it reports or mentions, in the contract of
/// SCHEMA.md, with evidence. Pure: text in, records out. Thread-safe; the model is shared.
/// </summary>
/// <param name="clock">Today, for a dateline that gives no year: the most recent year it fits.</param>
public sealed class Extractor(ExtractionModel model, TimeProvider clock)
{
    public static Extractor Default { get; } = new(ExtractionModel.Default, TimeProvider.System);

    /// <param name="text">The document's text, as its reader gives it.</param>
    /// <param name="published">The document's date when known from outside it; the dateline wins when it has one.</param>
    /// <param name="cancellationToken">Checked between the stages, so that a time limit can stop a pathological document.</param>
    public ExtractionResult Extract(string text, DateOnly? published = null, CancellationToken cancellationToken = default) =>
        Vocabulary.Steady(() => ExtractOnce(text, published, cancellationToken));

    private ExtractionResult ExtractOnce(string text, DateOnly? published, CancellationToken cancellationToken)
    {
        var document = Document.Parse(text);
        var actors = model.Actors.Find(document.Tokens);
        var actorAt = ActorAt(actors, document.Tokens.Length);
        cancellationToken.ThrowIfCancellationRequested();
        var places = model.Places.Find(document.Tokens, t => actorAt[t]?.Actor);
        var dateMentions = DateRecognizer.Find(document);
        cancellationToken.ThrowIfCancellationRequested();
        var events = model.Events.Find(document, actorAt);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var dateline = DatelineRecognizer.Read(document, dateMentions, places, published, today, SittingYear(events));
        var placeTokens = new bool[document.Tokens.Length];
        foreach (var place in places)
        {
            for (var t = place.FirstToken; t < place.EndToken; t++)
            {
                placeTokens[t] = true;
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var (personMentions, people, titles) = model.People.Find(document, actorAt, t => placeTokens[t]);
        RemoveNamesOfPeople(places, personMentions);
        var analysis = new Analysis(document, actors, actorAt, places, dateMentions, personMentions, people, events, dateline) { Titles = titles };
        cancellationToken.ThrowIfCancellationRequested();
        var dates = new DateResolver(analysis);
        cancellationToken.ThrowIfCancellationRequested();
        var candidates = new CandidateBuilder(analysis, dates).Build();
        cancellationToken.ThrowIfCancellationRequested();
        var engagements = new EngagementFinisher(analysis, model, dates).Finish(candidates);
        return new ExtractionResult(dateline.Published, engagements);
    }

    /// <summary>A place whose words lie in the name of someone the text names is part of that name, not a place.</summary>
    /// <remarks>Loops, not queries: run for every document, mostly to remove nothing.</remarks>
    private static void RemoveNamesOfPeople(List<PlaceMention> places, List<PersonMention> people)
    {
        for (var i = places.Count - 1; i >= 0; i--)
        {
            if (InNameOfSomeone(places[i], people))
            {
                places.RemoveAt(i);
            }
        }
    }

    private static bool InNameOfSomeone(PlaceMention place, List<PersonMention> people)
    {
        foreach (var person in people)
        {
            if (person.Person >= 0 && person.NameFirst < place.EndToken && place.FirstToken < person.NameEnd)
            {
                return true;
            }
        }
        return false;
    }

    private static ActorMention?[] ActorAt(List<ActorMention> actors, int count)
    {
        var at = new ActorMention?[count];
        foreach (var actor in actors)
        {
            for (var t = actor.FirstToken; t < actor.EndToken; t++)
            {
                at[t] = actor;
            }
        }
        return at;
    }

    /// <summary>The year the first numbered sitting the text names was held in, by the mechanism's known sittings ("the 19th APT Foreign Ministers' Meeting").</summary>
    /// <remarks>The name is looked up before the acronym, and a mechanism of another kind is not this one: "the 19th ASEAN Plus Three (APT) Foreign Ministers' Meeting" is no APT Summit.</remarks>
    private int? SittingYear(List<EventMention> events) => events
        .Where(e => e.Ordinal is not null)
        .Select(e => new[] { model.Mechanisms.ByName(e.Name, e.Parties), model.Mechanisms.ByName(e.Acronym, e.Parties) }
            .FirstOrDefault(m => m is not null && (e.Kind is null || m.Kind == e.Kind))?.YearOfSitting(e.Ordinal!.Value))
        .FirstOrDefault(year => year is not null);
}
