using Chancery.Domain;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Topics;

/// <summary>
/// Finds the sectors a text names (data/lexicons/sectors.tsv), the stances it reports (stances.tsv, with a
/// word of support near them) and the cue words of cues.tsv (past, future, occurrence, virtual, background).
/// </summary>
internal sealed class TopicRecognizer
{
    public static TopicRecognizer Default { get; } = new();

    private readonly PhraseMatcher<Sector[]> sectors = new();
    private readonly PhraseMatcher<Stance> stances = new();
    private readonly PhraseMatcher<bool> support = new();
    private readonly PhraseMatcher<string> cues = new();

    private TopicRecognizer()
    {
        foreach (var row in LexiconFile.Read("sectors.tsv"))
        {
            sectors.Add(row["phrase"], [.. row["sector"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Taxonomy<Sector>.Parse)]);
        }
        foreach (var row in LexiconFile.Read("stances.tsv"))
        {
            stances.Add(row["phrase"], Taxonomy<Stance>.Parse(row["stance"]));
        }
        foreach (var row in LexiconFile.Read("support-words.tsv"))
        {
            support.Add(row["word"], true);
        }
        foreach (var row in LexiconFile.Read("cues.tsv"))
        {
            cues.Add(row["phrase"], row["cue"]);
        }
    }

    /// <summary>The sectors of a range, a phrase that names several giving one mention of each.</summary>
    public List<TopicMention<Sector>> Sectors(Token[] tokens, int start, int end)
    {
        var found = new List<TopicMention<Sector>>();
        foreach (var match in sectors.FindAll(tokens, start, end))
        {
            foreach (var sector in match.Value)
            {
                found.Add(new TopicMention<Sector>(match.FirstToken, match.EndToken, sector));
            }
        }
        return found;
    }

    /// <summary>Stances in a sentence: an object of support ("ASEAN centrality") with a word of support in the same sentence.</summary>
    public IEnumerable<TopicMention<Stance>> Stances(Token[] tokens, int start, int end)
    {
        var found = stances.FindAll(tokens, start, end);
        if (found.Count == 0 || support.FindAll(tokens, start, end).Count == 0)
        {
            return [];
        }
        return found.Select(m => new TopicMention<Stance>(m.FirstToken, m.EndToken, m.Value));
    }

    public List<TopicMention<string>> Cues(Token[] tokens, int start, int end) =>
        cues.FindAll(tokens, start, end).ConvertAll(static m => new TopicMention<string>(m.FirstToken, m.EndToken, m.Value));
}
