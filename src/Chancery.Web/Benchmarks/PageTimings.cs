namespace Chancery.Web.Benchmarks;

/// <summary>Times of one page asked for many times, in milliseconds: in the server, and round trips seen by the client.</summary>
public sealed record PageTimings(string Page, IReadOnlyList<double> Milliseconds, IReadOnlyList<double> RoundTrips)
{
    public double Percentile(double p) => Percentile(Milliseconds, p);

    public double RoundTripPercentile(double p) => Percentile(RoundTrips, p);

    private static double Percentile(IReadOnlyList<double> times, double p)
    {
        var sorted = times.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
