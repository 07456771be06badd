using System.IO.Compression;
using System.Security.Cryptography;

namespace Chancery.ReferenceData;

/// <summary>A file of data/reference, embedded in this assembly when it was built.</summary>
internal static class EmbeddedFile
{
    public static Stream Open(string name)
    {
        var stream = typeof(EmbeddedFile).Assembly.GetManifestResourceStream($"reference/{name}")
            ?? throw new ReferenceDataException(name, 0, "the file was not embedded at build time");
        return name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>The SHA-256 of every embedded file, in name order: changes whenever the reference data does.</summary>
    public static string Fingerprint()
    {
        var assembly = typeof(EmbeddedFile).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("reference/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(copy.ToArray());
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
