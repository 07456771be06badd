using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Recognition.Topics;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// The sectors, stances, plans and cue words of a document, read one sentence at a time, each kind when first
/// asked for, and kept: the drafts of several engagements, and the checks made on each, ask about the same
/// sentences over and over. A question about part of a sentence is answered from the whole sentence's findings.
/// </summary>
internal sealed class TopicIndex(Document document, ActorMention?[] actorAt)
{
    private readonly List<TopicMention<string>>?[] cues = new List<TopicMention<string>>?[document.Sentences.Count];
    private readonly List<TopicMention<Sector>>?[] sectors = new List<TopicMention<Sector>>?[document.Sentences.Count];
    private readonly List<TopicMention<Stance>>?[] stances = new List<TopicMention<Stance>>?[document.Sentences.Count];
    private readonly List<TopicMention<string>>?[] plans = new List<TopicMention<string>>?[document.Sentences.Count];

    public TopicsWithin<string> Cues(int start, int end) =>
        Within(cues, start, end, static (tokens, _, s) => TopicRecognizer.Default.Cues(tokens, s.FirstToken, s.EndToken));

    public TopicsWithin<Sector> Sectors(int start, int end) =>
        Within(sectors, start, end, static (tokens, _, s) => TopicRecognizer.Default.Sectors(tokens, s.FirstToken, s.EndToken));

    public TopicsWithin<Stance> Stances(int start, int end) =>
        Within(stances, start, end, static (tokens, _, s) => [.. TopicRecognizer.Default.Stances(tokens, s.FirstToken, s.EndToken)]);

    public TopicsWithin<string> Plans(int start, int end) =>
        Within(plans, start, end, static (tokens, actors, s) => PlanRecognizer.Default.Find(tokens, s.FirstToken, s.EndToken, actors));

    /// <summary>Every plan the document names, sentence by sentence.</summary>
    public IEnumerable<TopicMention<string>> PlansOfDocument() =>
        document.Sentences.SelectMany(s => Plans(s.FirstToken, s.EndToken));

    private TopicsWithin<T> Within<T>(List<TopicMention<T>>?[] read, int start, int end, Func<Token[], ActorMention?[], Sentence, List<TopicMention<T>>> find)
    {
        if (document.Tokens.Length == 0)
        {
            return default;
        }
        var index = document.SentenceOfToken[Math.Min(start, document.Tokens.Length - 1)];
        return new TopicsWithin<T>(read[index] ??= find(document.Tokens, actorAt, document.Sentences[index]), start, end);
    }
}
