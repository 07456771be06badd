using System.Globalization;

namespace Chancery.Domain;

/// <summary>Counts of action lines by status: "99 of 139 action lines implemented".</summary>
public readonly record struct PlanProgress(int Implemented, int Ongoing, int NotStarted)
{
    public int Total => Implemented + Ongoing + NotStarted;

    /// <summary>The share implemented, 0 to 1; zero for a plan without action lines.</summary>
    public double Rate => Total == 0 ? 0 : (double)Implemented / Total;

    public static PlanProgress Of(IEnumerable<ActionLine> lines) => Count(lines.Select(line => line.Status));

    /// <summary>The counts as they stood on a day.</summary>
    public static PlanProgress On(IEnumerable<ActionLine> lines, DateOnly day) => Count(lines.Select(line => line.StatusOn(day)));

    private static PlanProgress Count(IEnumerable<ImplementationStatus> statuses) => statuses.Aggregate(default(PlanProgress), (progress, status) => status switch
    {
        ImplementationStatus.Implemented => progress with { Implemented = progress.Implemented + 1 },
        ImplementationStatus.Ongoing => progress with { Ongoing = progress.Ongoing + 1 },
        _ => progress with { NotStarted = progress.NotStarted + 1 },
    });

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Implemented} of {Total} action lines implemented");
}
