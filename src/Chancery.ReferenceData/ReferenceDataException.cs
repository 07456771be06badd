namespace Chancery.ReferenceData;

/// <summary>A reference data file that cannot be read: which file, which line, what is wrong.</summary>
public sealed class ReferenceDataException(string file, int line, string problem)
    : Exception(line > 0 ? $"{file}, line {line}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
