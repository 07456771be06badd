namespace Chancery.App.Fetching;

/// <summary>An entry of a news feed: the address of the story, its headline and its date.</summary>
public sealed record FeedItem(Uri Link, string? Title, DateOnly? Published);
