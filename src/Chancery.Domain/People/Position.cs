namespace Chancery.Domain;

/// <summary>
/// An office a person holds: a title at a state or organisation, possibly accredited to another, with a
/// portfolio. Michael Tene: Deputy Secretary-General of ASEAN for the ASEAN Political-Security Community.
/// Evgeny Zagaynov: Ambassador of the Russian Federation (RU) to ASEAN. Dates are null where not known.
/// </summary>
public sealed record Position
{
    public Position(string title, ActorId affiliation, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (to < from)
        {
            throw new ArgumentException($"a position cannot end ({to:yyyy-MM-dd}) before it begins ({from:yyyy-MM-dd})", nameof(to));
        }
        Title = title.Trim();
        Affiliation = affiliation;
        From = from;
        To = to;
    }

    public string Title { get; }

    /// <summary>The state or organisation whose office it is.</summary>
    public ActorId Affiliation { get; }

    /// <summary>Where an envoy is posted: ASEAN for an ambassador to ASEAN.</summary>
    public ActorId? AccreditedTo { get; init; }

    /// <summary>What the office covers: "ASEAN Political-Security Community".</summary>
    public string? Portfolio { get; init; }

    public DateOnly? From { get; }

    public DateOnly? To { get; }

    /// <summary>True unless the known dates of the position exclude the day.</summary>
    public bool MayBeHeldOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);

    /// <summary>"Deputy Secretary-General (ASEAN) for ASEAN Political-Security Community", "Ambassador (RU) to ASEAN".</summary>
    public override string ToString() =>
        $"{Title} ({Affiliation})" + (AccreditedTo is { } post ? $" to {post}" : "") + (Portfolio is { } portfolio ? $" for {portfolio}" : "");
}
