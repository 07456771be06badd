using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Recognition.Topics;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// The sectors, stances, plans and cue words of a document, read one sentence at a time and kept: the drafts of
/// several engagements, and the checks made on each, ask about the same sentences over and over. A question
/// about part of a sentence is answered from the whole sentence's findings.
/// </summary>
internal sealed class TopicIndex(Document document, ActorMention?[] actorAt)
{
    private readonly SentenceTopics?[] sentences = new SentenceTopics?[document.Sentences.Count];

    public IEnumerable<TopicMention<string>> Cues(int start, int end) => Within(Of(start).Cues, start, end);

    public IEnumerable<TopicMention<Sector>> Sectors(int start, int end) => Within(Of(start).Sectors, start, end);

    public IEnumerable<TopicMention<Stance>> Stances(int start, int end) => Within(Of(start).Stances, start, end);

    public IEnumerable<TopicMention<string>> Plans(int start, int end) => Within(Of(start).Plans, start, end);

    private static IEnumerable<TopicMention<T>> Within<T>(List<TopicMention<T>> found, int start, int end) =>
        found.Where(m => m.FirstToken >= start && m.EndToken <= end);

    private SentenceTopics Of(int token)
    {
        if (document.Tokens.Count == 0)
        {
            return SentenceTopics.None;
        }
        var index = document.SentenceOfToken[Math.Min(token, document.Tokens.Count - 1)];
        return sentences[index] ??= Read(document.Sentences[index]);
    }

    private SentenceTopics Read(Sentence sentence)
    {
        var (tokens, start, end) = (document.Tokens, sentence.FirstToken, sentence.EndToken);
        return new SentenceTopics(
            TopicRecognizer.Default.Cues(tokens, start, end),
            [.. TopicRecognizer.Default.Sectors(tokens, start, end)],
            [.. TopicRecognizer.Default.Stances(tokens, start, end)],
            [.. PlanRecognizer.Default.Find(tokens, start, end, actorAt)]);
    }

    private sealed record SentenceTopics(
        List<TopicMention<string>> Cues, List<TopicMention<Sector>> Sectors, List<TopicMention<Stance>> Stances, List<TopicMention<string>> Plans)
    {
        public static SentenceTopics None { get; } = new([], [], [], []);
    }
}
