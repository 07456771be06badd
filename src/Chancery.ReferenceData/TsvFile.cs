namespace Chancery.ReferenceData;

/// <summary>
/// Rows of a tab-separated reference file: lines starting with '#' are notes, the first other line
/// names the columns. Multi-valued cells separate their values with '|'.
/// </summary>
internal static class TsvFile
{
    public static IEnumerable<TsvRow> Read(string name)
    {
        using var reader = new StreamReader(EmbeddedFile.Open(name));
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
