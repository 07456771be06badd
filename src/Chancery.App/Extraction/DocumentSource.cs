namespace Chancery.App.Extraction;

/// <summary>
/// A document to read: its id (the file name without extension), where it came from (a path, or "-" for
/// standard input), and how to open its bytes.
/// </summary>
public sealed record DocumentSource(string Id, string Location, Func<Stream> Open)
{
    /// <summary>The web address it was fetched from, if it was.</summary>
    public Uri? Url { get; init; }

    /// <summary>Its date as the place it came from gives it (a feed entry's), for a text without a dateline.</summary>
    public DateOnly? Published { get; init; }

    public static DocumentSource FromFile(string path) => new(Path.GetFileNameWithoutExtension(path), path, () => File.OpenRead(path));
}
