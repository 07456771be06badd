namespace Chancery.ReferenceData;

/// <summary>
/// Rows of a tab-separated reference file: lines starting with '#' are notes, the first other line
/// names the columns. Multi-valued cells separate their values with '|'.
/// </summary>
public static class TsvFile
{
    /// <summary>Reads a file of data/reference.</summary>
    public static IEnumerable<TsvRow> Read(string name) => Read(EmbeddedFile.Open(name), $"data/reference/{name}");

    /// <summary>Reads an embedded resource of an assembly.</summary>
    public static IEnumerable<TsvRow> Read(System.Reflection.Assembly assembly, string name) => Read(EmbeddedFile.Open(assembly, name), $"data/{name}");

    private static IEnumerable<TsvRow> Read(Stream stream, string name)
    {
        using var reader = new StreamReader(stream);
        string[]? header = null;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }
            if (cells.Length != header.Length)
            {
                throw new ReferenceDataException(name, number, $"{cells.Length} cells where the header names {header.Length}");
            }
            yield return new TsvRow(name, number, header, cells);
        }
    }
}
