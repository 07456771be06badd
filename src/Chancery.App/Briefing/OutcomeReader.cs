using System.Text.RegularExpressions;
using Chancery.Domain;

namespace Chancery.App.Briefing;

/// <summary>
/// What engagements came to, as their reports put it: the sentences of a primary source that say the sides agreed,
/// signed, adopted or committed to something. Quoted, not paraphrased, so that the brief says no more than its sources.
/// </summary>
public static partial class OutcomeReader
{
    /// <summary>Sentences quoted per engagement: the gist, not the release.</summary>
    public const int PerEngagement = 2;

    /// <summary>Sentences quoted in all: a page of a brief.</summary>
    public const int InAll = 8;

    private const int MaxSentence = 400;

    public static IReadOnlyList<Outcome> Of(IReadOnlyList<Engagement> engagements, IReadOnlyList<Source> sources)
    {
        var byId = sources.ToDictionary(s => s.Id);
        var outcomes = new List<Outcome>();
        // A story that reports several engagements is cited by each: its sentences are quoted once, for the newest.
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var engagement in engagements)
        {
            var primary = engagement.Citations.Where(c => c.Role == CitationRole.Primary && byId.ContainsKey(c.Source)).Select(c => byId[c.Source]);
            outcomes.AddRange(primary
                .SelectMany(source => source.Text.Split('\n').SelectMany(paragraph => Sentences().Split(paragraph)).Select(sentence => (source, sentence: sentence.Trim())))
                .Where(x => x.sentence.Length is > 20 and <= MaxSentence && Agreement().IsMatch(x.sentence) && quoted.Add(x.sentence))
                .Take(PerEngagement)
                .Select(x => new Outcome(engagement.Id, engagement.When?.Start, x.sentence, x.source.Id)));
        }
        return [.. outcomes.Take(InAll)];
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[""“A-Z])")]
    private static partial Regex Sentences();

    /// <summary>The verbs of outcomes in diplomatic reporting.</summary>
    [GeneratedRegex(@"\b(agreed|agree to|signed|adopted|committed|pledged|decided|concluded|launched|endorsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();
}
