namespace Chancery.Domain;

/// <summary>One sitting of a mechanism, by ordinal: the 19th ARSOM, 29 April 2023, Siem Reap (KH).</summary>
public sealed record Sitting
{
    public Sitting(int ordinal, DateSpan? when = null, string? city = null, ActorId? country = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ordinal);
        Ordinal = ordinal;
        When = when;
        City = string.IsNullOrWhiteSpace(city) ? null : city.Trim();
        Country = country;
    }

    public int Ordinal { get; }

    public DateSpan? When { get; }

    public string? City { get; }

    public ActorId? Country { get; }
}
