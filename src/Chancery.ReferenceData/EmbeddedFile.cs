using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;

namespace Chancery.ReferenceData;

/// <summary>A data file embedded in an assembly when it was built: data/reference/* in this one, data/lexicons/* in Chancery.Extraction.</summary>
public static class EmbeddedFile
{
    /// <summary>Opens a file of data/reference.</summary>
    public static Stream Open(string name) => Open(typeof(EmbeddedFile).Assembly, $"reference/{name}");

    /// <summary>Opens the resource of an assembly; a name ending in .gz is decompressed as it is read.</summary>
    public static Stream Open(Assembly assembly, string name)
    {
        var stream = assembly.GetManifestResourceStream(name)
            ?? throw new ReferenceDataException(name, 0, "the file was not embedded at build time");
        return name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>The SHA-256 of every embedded file, in name order: changes whenever the reference data does.</summary>
    internal static string Fingerprint()
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
