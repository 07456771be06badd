namespace Chancery.Extraction.Reading;

/// <summary>
/// The magic numbers of common files that are not documents, so that a picture or an archive handed to the
/// extractor is named for what it is rather than read as garbled text.
/// </summary>
internal static class FileSignature
{
    private static readonly (byte[] Magic, string Name)[] Known =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word or Excel file)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ([0x4D, 0x5A], "a Windows executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "an SQLite database"),
    ];

    /// <summary>What the bytes are when they start with a known magic number, else null.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Known)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }
        return null;
    }

    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF-"u8);
}
