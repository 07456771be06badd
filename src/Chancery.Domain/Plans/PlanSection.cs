namespace Chancery.Domain;

/// <summary>A numbered part of a plan ("1 Political-Security Cooperation") and the action lines under it.</summary>
public sealed record PlanSection
{
    public PlanSection(ActionLineNumber number, string title, IEnumerable<ActionLine> actionLines)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ActionLines = actionLines.OrderBy(line => line.Number).ToArray();
        var stray = ActionLines.FirstOrDefault(line => !line.Number.IsWithin(number));
        if (stray is not null)
        {
            throw new ArgumentException($"action line {stray.Number} does not belong in section {number}", nameof(actionLines));
        }
        Number = number;
        Title = title.Trim();
    }

    public ActionLineNumber Number { get; }

    public string Title { get; }

    public IReadOnlyList<ActionLine> ActionLines { get; }

    public PlanProgress Progress => PlanProgress.Of(ActionLines);

    public PlanProgress ProgressOn(DateOnly day) => PlanProgress.On(ActionLines, day);
}
