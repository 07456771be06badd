using Chancery.Extraction.Assembly;
using Chancery.Extraction.Output;
using Chancery.Extraction.Recognition.Dates;
using Chancery.Extraction.Text;

namespace Chancery.Extraction;

/// <summary>
/// Reads a document's text and returns the engagements it reports or mentions, in the contract of
/// SCHEMA.md, with evidence. Pure: text in, records out. Thread-safe; the model is shared.
/// </summary>
public sealed class Extractor(ExtractionModel model)
{
    public static Extractor Default { get; } = new(ExtractionModel.Default);

    /// <param name="text">The document's text, as its reader gives it.</param>
    /// <param name="published">The document's date when known from outside it; the dateline wins when it has one.</param>
    /// <param name="cancellationToken">Checked between the stages, so that a time limit can stop a pathological document.</param>
    public ExtractionResult Extract(string text, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        var document = Document.Parse(text);
        var actors = model.Actors.Find(document.Tokens);
        var actorAt = new Chancery.Domain.ActorId?[document.Tokens.Count];
        foreach (var actor in actors)
        {
            for (var t = actor.FirstToken; t < actor.EndToken; t++)
            {
                actorAt[t] = actor.Actor;
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var places = model.Places.Find(document.Tokens, t => actorAt[t]);
        var dateMentions = DateRecognizer.Find(document);
        var dateline = DatelineRecognizer.Read(document, dateMentions, places, published);
        var placeTokens = new bool[document.Tokens.Count];
        foreach (var place in places)
        {
            for (var t = place.FirstToken; t < place.EndToken; t++)
            {
                placeTokens[t] = true;
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var (personMentions, people) = model.People.Find(document, actors, t => placeTokens[t]);
        places.RemoveAll(place => personMentions.Any(p => p.Person >= 0 && p.NameFirst < place.EndToken && place.FirstToken < p.NameEnd));
        var analysis = new Analysis(document, actors, places, dateMentions, personMentions, people, [], dateline);
        cancellationToken.ThrowIfCancellationRequested();
        var events = model.Events.Find(document, analysis.ActorAt);
        analysis = new Analysis(document, actors, places, dateMentions, personMentions, people, events, dateline);
        var dates = new DateResolver(analysis);
        cancellationToken.ThrowIfCancellationRequested();
        var candidates = new CandidateBuilder(analysis, dates).Build();
        cancellationToken.ThrowIfCancellationRequested();
        var engagements = new EngagementFinisher(analysis, model, dates).Finish(candidates);
        return new ExtractionResult(dateline.Published, engagements);
    }
}
