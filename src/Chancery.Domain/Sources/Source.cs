namespace Chancery.Domain;

/// <summary>A document engagements are read from: a press release, a news story, a statement.</summary>
public sealed record Source
{
    public Id<Source> Id { get; init; }

    /// <summary>The text as read, after its reader took the markup away. Its hash follows it.</summary>
    public required string Text
    {
        get;
        init
        {
            field = value;
            Hash = ContentHash.Of(value);
        }
    }

    public ContentHash Hash { get; private init; }

    public Uri? Url { get; init; }

    /// <summary>Who published it: "ASEAN Secretariat", "Viet Nam News Agency".</summary>
    public string? Outlet { get; init; }

    public string? Title { get; init; }

    /// <summary>The document's own date, its dateline.</summary>
    public DateOnly? Published { get; init; }

    public Classification Classification { get; init; }
}
