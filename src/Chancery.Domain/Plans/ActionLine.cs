namespace Chancery.Domain;

/// <summary>One numbered commitment of a plan: "1.1.3 Strengthen cooperation ...", its sector and status.</summary>
public sealed record ActionLine
{
    public ActionLine(ActionLineNumber number, string text, Sector? sector = null, ImplementationStatus status = ImplementationStatus.NotStarted)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Number = number;
        Text = text.Trim();
        Sector = sector;
        Status = status;
    }

    public ActionLineNumber Number { get; }

    public string Text { get; }

    public Sector? Sector { get; }

    /// <summary>The status now: the last change's, else the one the plan was imported with.</summary>
    public ImplementationStatus Status { get; private init; }

    /// <summary>Dated changes of status, earliest first; none for a line only imported.</summary>
    public IReadOnlyList<StatusChange> Changes { get; private init; } = [];

    /// <summary>Engagements an editor linked to the line as evidence of its implementation.</summary>
    public IReadOnlyList<Id<Engagement>> Evidence { get; init => field = value.Distinct().Order().ToArray(); } = [];

    /// <summary>
    /// The status on a day: that of the last change made by then. Before the first dated change a line was not started;
    /// a line with no dated change had the status it was imported with all along.
    /// </summary>
    public ImplementationStatus StatusOn(DateOnly day) =>
        Changes.Count == 0 ? Status : Changes.LastOrDefault(c => c.On <= day)?.Status ?? ImplementationStatus.NotStarted;

    /// <summary>The line with a status from a day on; the current status is the latest change's.</summary>
    public ActionLine With(StatusChange change)
    {
        var changes = Changes.Where(c => c.On != change.On).Append(change).OrderBy(c => c.On).ToArray();
        return this with { Changes = changes, Status = changes[^1].Status };
    }

    /// <summary>The line as stored: its status and its dated changes.</summary>
    public static ActionLine Restore(ActionLineNumber number, string text, Sector? sector, ImplementationStatus status, IEnumerable<StatusChange> changes, IEnumerable<Id<Engagement>> evidence) =>
        new ActionLine(number, text, sector, status) { Changes = changes.OrderBy(c => c.On).ToArray(), Evidence = [.. evidence] };
}
