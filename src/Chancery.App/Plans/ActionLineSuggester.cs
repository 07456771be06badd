using Chancery.Domain;

namespace Chancery.App.Plans;

/// <summary>
/// Which action lines an engagement may be evidence of: those of the plans in force between its parties in its year, by
/// sector (the line's sector among those the engagement covered) and by the words the line and the engagement's summary
/// share. An editor accepts or rejects each suggestion.
/// </summary>
public static class ActionLineSuggester
{
    public const int MaxSuggestions = 5;

    /// <summary>Below this, a line shares too little with the engagement to be worth an editor's look.</summary>
    public const double Threshold = 0.3;

    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "asean", "with", "that", "this", "from", "their", "between", "cooperation", "promote", "strengthen", "enhance", "support",
        "including", "through", "other", "such", "relevant", "where", "appropriate", "mutual", "explore", "continue", "further",
    };

    public static IReadOnlyList<LinkSuggestion> Suggest(Engagement engagement, IEnumerable<Plan> plans, IReadOnlySet<(Key<Plan>, ActionLineNumber)> answered)
    {
        var year = engagement.When?.Start.Year;
        var words = Words(engagement.Summary);
        return [.. plans
            .Where(p => p.Parties.All(engagement.Parties.Contains) && (year is null || p.IsInForce(year.Value)))
            .SelectMany(p => p.ActionLines.Select(line => new LinkSuggestion(p, line, Score(engagement, words, line))))
            .Where(s => s.Score >= Threshold && !answered.Contains((s.Plan.Id, s.Line.Number)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Line.Number)
            .Take(MaxSuggestions)];
    }

    /// <summary>Half for the sector, half for the share of the line's words the summary uses too.</summary>
    public static double Score(Engagement engagement, IReadOnlySet<string> summaryWords, ActionLine line)
    {
        var sector = line.Sector is { } s && engagement.Sectors.Contains(s) ? 0.5 : 0;
        var lineWords = Words(line.Text);
        var shared = lineWords.Count == 0 ? 0 : (double)lineWords.Count(summaryWords.Contains) / lineWords.Count;
        return sector + (0.5 * shared);
    }

    private static HashSet<string> Words(string text) =>
        new(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '(', ')', '"', '\'').ToLowerInvariant())
            .Where(w => w.Length >= 4 && !CommonWords.Contains(w)), StringComparer.Ordinal);
}
