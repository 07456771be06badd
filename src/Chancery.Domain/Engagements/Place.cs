namespace Chancery.Domain;

/// <summary>
/// Where an engagement took place: a venue ("ASEAN Secretariat"), a city by its English exonym, the
/// country, and whether it was held by video conference. Any part may be unknown.
/// </summary>
public sealed record Place
{
    public static Place Unknown { get; } = new();

    public string? Venue { get; init => field = Clean(value); }

    public string? City { get; init => field = Clean(value); }

    public ActorId? Country { get; init; }

    public bool Virtual { get; init; }

    /// <summary>"ASEAN Secretariat, Jakarta (ID)", "videoconference", or empty.</summary>
    public override string ToString()
    {
        var parts = new[] { Venue, City }.Where(p => p is not null);
        var where = string.Join(", ", parts) + (Country is { } country ? $" ({country})" : "");
        return Virtual ? (where.Length > 0 ? $"{where}, by videoconference" : "videoconference") : where.Trim();
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
