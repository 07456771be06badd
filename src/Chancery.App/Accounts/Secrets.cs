using System.Security.Cryptography;
using System.Text;

namespace Chancery.App.Accounts;

/// <summary>Generated passwords and API tokens, and the hash a token is kept under.</summary>
public static class Secrets
{
    /// <summary>What every API token starts with, so that one pasted somewhere it should not be is easy to spot.</summary>
    public const string TokenPrefix = "chy_";

    /// <summary>20 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 115 bits.</summary>
    public static string NewPassword() => RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);

    public static string NewToken() => TokenPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// A token is random and long, so a fast hash is enough: the store keeps this, and a stolen database gives no token.
    /// </summary>
    public static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
