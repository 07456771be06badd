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

    public IEnumerable<TopicMention<string>> Cues(int start, int end) =>
        Within(cues, start, end, static (tokens, _, s) => TopicRecognizer.Default.Cues(tokens, s.FirstToken, s.EndToken));

    public IEnumerable<TopicMention<Sector>> Sectors(int start, int end) =>
        Within(sectors, start, end, static (tokens, _, s) => TopicRecognizer.Default.Sectors(tokens, s.FirstToken, s.EndToken));

    public IEnumerable<TopicMention<Stance>> Stances(int start, int end) =>
        Within(stances, start, end, static (tokens, _, s) => [.. TopicRecognizer.Default.Stances(tokens, s.FirstToken, s.EndToken)]);

    public IEnumerable<TopicMention<string>> Plans(int start, int end) =>
        Within(plans, start, end, static (tokens, actors, s) => [.. PlanRecognizer.Default.Find(tokens, s.FirstToken, s.EndToken, actors)]);

    /// <summary>Every plan the document names, sentence by sentence.</summary>
    public IEnumerable<TopicMention<string>> PlansOfDocument() =>
        document.Sentences.SelectMany(s => Plans(s.FirstToken, s.EndToken));

    private IEnumerable<TopicMention<T>> Within<T>(List<TopicMention<T>>?[] read, int start, int end, Func<Token[], ActorMention?[], Sentence, List<TopicMention<T>>> find)
    {
        if (document.Tokens.Length == 0)
        {
            return [];
        }
        var index = document.SentenceOfToken[Math.Min(start, document.Tokens.Length - 1)];
        var found = read[index] ??= find(document.Tokens, actorAt, document.Sentences[index]);
        // Most questions are about whole sentences: what the sentence holds is answered as it is, with no filter made.
        return found.Count == 0 ? [] : WithinAll(found, start, end) ? found : found.Where(m => m.FirstToken >= start && m.EndToken <= end);
    }

    private static bool WithinAll<T>(List<TopicMention<T>> found, int start, int end)
    {
        foreach (var mention in found)
        {
            if (mention.FirstToken < start || mention.EndToken > end)
            {
                return false;
            }
        }
        return true;
    }
}
