using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Chancery.App.Accounts;

/// <summary>
/// Passwords as PBKDF2-SHA256 hashes with a random salt: <c>pbkdf2-sha256$iterations$salt$hash</c>. The iteration count
/// travels with the hash, so that it can be raised later without breaking the passwords stored before.
/// </summary>
public static class PasswordHash
{
    /// <summary>OWASP's figure for PBKDF2-SHA256 (2023): slow for an attacker with the database, a blink for a sign-in.</summary>
    public const int Iterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Of(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether the password is the one hashed; a hash not of this scheme matches nothing.</summary>
    public static bool Matches(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }
        try
        {
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
