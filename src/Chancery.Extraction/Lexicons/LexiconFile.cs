using Chancery.ReferenceData;

namespace Chancery.Extraction.Lexicons;

/// <summary>The tab-separated lexicons of data/lexicons, embedded in this assembly at build time.</summary>
internal static class LexiconFile
{
    public static IEnumerable<TsvRow> Read(string name) => TsvFile.Read(typeof(LexiconFile).Assembly, $"lexicons/{name}");
}
