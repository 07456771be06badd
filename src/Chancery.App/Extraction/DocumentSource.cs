namespace Chancery.App.Extraction;

/// <summary>
/// A document to read: its id (the file name without extension), where it came from (a path, or "-" for
/// standard input), and how to open its bytes.
/// </summary>
public sealed record DocumentSource(string Id, string Location, Func<Stream> Open)
{
    public static DocumentSource FromFile(string path) => new(Path.GetFileNameWithoutExtension(path), path, () => File.OpenRead(path));
}
