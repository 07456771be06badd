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
    public ExtractionResult Extract(string text, DateOnly? published = null)
    {
        var document = Document.Parse(text);
        var actors = model.Actors.Find(document.Tokens);
        var places = model.Places.Find(document.Tokens);
        var dates = DateRecognizer.Find(document);
        var dateline = DatelineRecognizer.Read(document, dates, places, published);
        var (personMentions, people) = model.People.Find(document, actors);
        var analysis = new Analysis(document, actors, places, dates, personMentions, people, [], dateline);
        var events = model.Events.Find(document, analysis.ActorAt);
        analysis = new Analysis(document, actors, places, dates, personMentions, people, events, dateline);
        var candidates = new CandidateBuilder(analysis).Build();
        var engagements = new EngagementFinisher(analysis, model).Finish(candidates);
        return new ExtractionResult(dateline.Published, engagements);
    }
}
