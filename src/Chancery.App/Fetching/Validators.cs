namespace Chancery.App.Fetching;

/// <summary>What a server said of the version it sent (its ETag, its Last-Modified), to ask next time only for a newer one.</summary>
public sealed record Validators(string? ETag, DateTimeOffset? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;

    /// <summary>One line for the store: the ETag, a tab, the Last-Modified date.</summary>
    public string Serialize() => $"{ETag}\t{LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";

    public static Validators Parse(string text)
    {
        var parts = text.Split('\t');
        var modified = parts.Length > 1 && DateTimeOffset.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : (DateTimeOffset?)null;
        return new Validators(parts[0].Length > 0 ? parts[0] : null, modified);
    }
}
