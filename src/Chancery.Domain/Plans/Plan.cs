namespace Chancery.Domain;

/// <summary>
/// A plan of action steering a partnership over a period, such as the ASEAN-Russia Comprehensive Plan of
/// Action 2021-2025: numbered sections, each with numbered action lines whose implementation is counted.
/// </summary>
public sealed record Plan
{
    public Plan(Key<Plan> id, string title, string shortTitle, IEnumerable<ActorId> parties, int firstYear, int lastYear, IEnumerable<PlanSection>? sections = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (lastYear < firstYear)
        {
            throw new ArgumentException($"{title} cannot end ({lastYear}) before it begins ({firstYear})", nameof(lastYear));
        }
        Sections = (sections ?? []).OrderBy(s => s.Number).ToArray();
        if (ActionLines.GroupBy(line => line.Number).FirstOrDefault(group => group.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"{title} numbers two action lines {repeated.Key}", nameof(sections));
        }
        if (Sections.GroupBy(section => section.Number).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"{title} numbers two sections {twice.Key}", nameof(sections));
        }
        Id = id;
        Title = title.Trim();
        ShortTitle = string.IsNullOrWhiteSpace(shortTitle) ? Title : shortTitle.Trim();
        Parties = parties.Distinct().Order().ToArray();
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    public Key<Plan> Id { get; }

    /// <summary>"ASEAN-Russia Comprehensive Plan of Action 2021-2025".</summary>
    public string Title { get; }

    /// <summary>How texts cite it: "CPA 2021-2025".</summary>
    public string ShortTitle { get; }

    public IReadOnlyList<ActorId> Parties { get; }

    public int FirstYear { get; }

    public int LastYear { get; }

    public IReadOnlyList<PlanSection> Sections { get; }

    public IEnumerable<ActionLine> ActionLines => Sections.SelectMany(section => section.ActionLines);

    public PlanProgress Progress => PlanProgress.Of(ActionLines);

    /// <summary>"99 of 139 action lines implemented" as it stood on a day.</summary>
    public PlanProgress ProgressOn(DateOnly day) => PlanProgress.On(ActionLines, day);

    /// <summary>The plan with one action line replaced by another of the same number.</summary>
    /// <exception cref="KeyNotFoundException">The plan has no line of that number.</exception>
    public Plan WithLine(ActionLine line)
    {
        var section = Sections.FirstOrDefault(s => s.ActionLines.Any(l => l.Number == line.Number))
            ?? throw new KeyNotFoundException($"{ShortTitle} has no action line {line.Number}");
        return new Plan(Id, Title, ShortTitle, Parties, FirstYear, LastYear,
            Sections.Select(s => s == section ? new PlanSection(s.Number, s.Title, s.ActionLines.Select(l => l.Number == line.Number ? line : l)) : s));
    }

    public bool IsInForce(int year) => FirstYear <= year && year <= LastYear;
}
