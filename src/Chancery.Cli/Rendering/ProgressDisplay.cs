using Chancery.App;
using Spectre.Console;

namespace Chancery.Cli.Rendering;

/// <summary>A progress bar on the progress console (stderr) while long work runs; nothing when stderr is no terminal.</summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, string description, Func<IProgress<LoadProgress>?, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await work(null);
        }
        return await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, autoStart: true, maxValue: 1);
                return await work(new InlineProgress(report =>
                {
                    task.Description = report.Stage;
                    task.MaxValue = Math.Max(1, report.Total);
                    task.Value = report.Done;
                }));
            });
    }

    /// <summary>Reports on the caller's thread, in order (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class InlineProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
