namespace Chancery.Web.Benchmarks;

/// <summary>Times of one page asked for many times, in milliseconds: in the server, and round trips seen by the client.</summary>
public sealed record PageTimings(string Page, IReadOnlyList<double> Milliseconds, IReadOnlyList<double> RoundTrips)
{
    public double Percentile(double p) => Percentiles.Of(Milliseconds, p);

    public double RoundTripPercentile(double p) => Percentiles.Of(RoundTrips, p);
}
