namespace Chancery.Web.Benchmarks;

/// <summary>What a load test measured: requests answered and failed, over how long, and the round trips of those answered, in milliseconds.</summary>
public sealed record LoadReport(int Clients, TimeSpan Elapsed, IReadOnlyList<double> RoundTrips, int Errors, IReadOnlyList<string> ErrorSamples)
{
    public int Requests => RoundTrips.Count + Errors;

    public double RequestsPerSecond => Elapsed <= TimeSpan.Zero ? 0 : Requests / Elapsed.TotalSeconds;

    public double Percentile(double p) => Percentiles.Of(RoundTrips, p);
}
