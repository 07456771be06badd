using System.Security.Cryptography;
using System.Text;

namespace Chancery.Domain;

/// <summary>The SHA-256 of a source's text (UTF-8), in lower-case hex: the same text is the same document.</summary>
public readonly record struct ContentHash
{
    private ContentHash(string hex) => Hex = hex;

    public string Hex => field ?? string.Empty;

    public static ContentHash Of(string text) =>
        new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));

    public static ContentHash Parse(string hex) =>
        hex.Length == 64 && hex.All(char.IsAsciiHexDigitLower)
            ? new ContentHash(hex)
            : throw new FormatException($"'{hex}' is not a SHA-256 hash in lower-case hex");

    public override string ToString() => Hex;
}
