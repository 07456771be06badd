using Chancery.Domain;

namespace Chancery.App;

/// <summary>"99 of 139 action lines implemented", with the rest by status.</summary>
public sealed record ProgressDocument(int Implemented, int Ongoing, int NotStarted, int Total, double Rate)
{
    public static ProgressDocument From(PlanProgress progress) =>
        new(progress.Implemented, progress.Ongoing, progress.NotStarted, progress.Total, Math.Round(progress.Rate, 4));
}
