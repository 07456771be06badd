using Chancery.ReferenceData;

namespace Chancery.Extraction.Lexicons;

/// <summary>The tab-separated lexicons of data/lexicons, embedded in this assembly at build time.</summary>
internal static class LexiconFile
{
    private const string Folder = "lexicons/";

    public static IEnumerable<TsvRow> Read(string name) => TsvFile.Read(typeof(LexiconFile).Assembly, Folder + name);

    /// <summary>The names of the embedded lexicons that are plain tables, not compressed word lists.</summary>
    public static IEnumerable<string> Tables() => typeof(LexiconFile).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Folder, StringComparison.Ordinal) && name.EndsWith(".tsv", StringComparison.Ordinal))
        .Select(name => name[Folder.Length..])
        .Order(StringComparer.Ordinal);
}
