namespace Chancery.Domain;

/// <summary>
/// A person who signs in to Chancery: their role, the highest classification they may see, their password as a
/// salted hash (never the password), and how their failed sign-ins stand.
/// </summary>
public sealed record UserAccount
{
    public const int MaxNameLength = 64;

    public UserAccount(string name, Role role, Classification clearance, string passwordHash)
    {
        if (!IsName(name))
        {
            throw new ArgumentException($"'{name}' is not a user name: use 1 to {MaxNameLength} letters, digits, '.', '_' or '-'", nameof(name));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        Name = name;
        Role = role;
        Clearance = clearance;
        PasswordHash = passwordHash;
    }

    public Id<UserAccount> Id { get; init; }

    public string Name { get; }

    public Role Role { get; init; }

    public Classification Clearance { get; init; }

    public string PasswordHash { get; init; }

    /// <summary>Wrong passwords given since the last sign-in that succeeded.</summary>
    public int FailedSignIns { get; init; }

    /// <summary>Until when sign-in is refused after too many wrong passwords; null when it is not.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>The password was generated for them and shown to whoever made the account: it serves one sign-in, after which they choose their own.</summary>
    public bool MustChangePassword { get; init; }

    public bool CanEdit => Role >= Role.Editor;

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil > now;

    public static bool IsName(string? name) =>
        name is { Length: > 0 and <= MaxNameLength } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
