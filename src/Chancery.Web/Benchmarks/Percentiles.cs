namespace Chancery.Web.Benchmarks;

/// <summary>Percentiles of timings by the nearest-rank rule: the time that many in a hundred took at most.</summary>
public static class Percentiles
{
    /// <returns>0 when there are no timings.</returns>
    public static double Of(IEnumerable<double> times, double p)
    {
        var sorted = times.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
