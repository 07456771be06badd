using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Recognition.Topics;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// The sectors, stances, plans and cue words of a document's token ranges, each range read once: the drafts of
/// several engagements, and the checks made on each, ask about the same sentences over and over.
/// </summary>
internal sealed class TopicIndex(IReadOnlyList<Token> tokens, ActorMention?[] actorAt)
{
    private readonly Dictionary<(int, int), List<TopicMention<string>>> cues = [];
    private readonly Dictionary<(int, int), List<TopicMention<Sector>>> sectors = [];
    private readonly Dictionary<(int, int), List<TopicMention<Stance>>> stances = [];
    private readonly Dictionary<(int, int), List<TopicMention<string>>> plans = [];

    public List<TopicMention<string>> Cues(int start, int end) =>
        Read(cues, start, end, static (tokens, _, s, e) => TopicRecognizer.Default.Cues(tokens, s, e));

    public List<TopicMention<Sector>> Sectors(int start, int end) =>
        Read(sectors, start, end, static (tokens, _, s, e) => [.. TopicRecognizer.Default.Sectors(tokens, s, e)]);

    public List<TopicMention<Stance>> Stances(int start, int end) =>
        Read(stances, start, end, static (tokens, _, s, e) => [.. TopicRecognizer.Default.Stances(tokens, s, e)]);

    public List<TopicMention<string>> Plans(int start, int end) =>
        Read(plans, start, end, static (tokens, actors, s, e) => [.. PlanRecognizer.Default.Find(tokens, s, e, actors)]);

    private List<T> Read<T>(Dictionary<(int, int), List<T>> memo, int start, int end, Func<IReadOnlyList<Token>, ActorMention?[], int, int, List<T>> find)
    {
        if (!memo.TryGetValue((start, end), out var found))
        {
            found = find(tokens, actorAt, start, end);
            memo[(start, end)] = found;
        }
        return found;
    }
}
