namespace Chancery.App.Extraction;

/// <summary>
/// Expands the paths a user names into documents: a file is read whatever its name; a directory gives the
/// documents in it and below, in name order, by their extensions, so that gold files and notes kept beside a
/// corpus are not taken for press releases. Paths that do not exist are kept, to fail with their own error.
/// </summary>
public static class DocumentSources
{
    /// <summary>What a directory is searched for: text, web pages, PDFs, and files with no extension.</summary>
    public static IReadOnlySet<string> DocumentExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "", ".txt", ".text", ".html", ".htm", ".xhtml", ".pdf",
    };

    /// <summary>The path that stands for standard input ("-" on the command line).</summary>
    public const string StandardInput = "<stdin>";

    public static IEnumerable<DocumentSource> Expand(IEnumerable<string> paths, Func<Stream> standardInput)
    {
        foreach (var path in paths)
        {
            if (path is "-" or StandardInput)
            {
                yield return new DocumentSource("stdin", "-", standardInput);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(file => DocumentExtensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return DocumentSource.FromFile(file);
                }
            }
            else
            {
                yield return DocumentSource.FromFile(path);
            }
        }
    }
}
