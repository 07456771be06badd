namespace Chancery.Testing;

/// <summary>A clock stopped at one instant, so that what depends on today (a dateline without a year) is the same every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The day the dev corpus gold was last checked against: the extraction gate reads the corpus as of then.</summary>
    public static FixedClock CorpusDay { get; } = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
