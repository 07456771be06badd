namespace Chancery.App.Accounts;

public enum PasswordChangeOutcome
{
    Changed,

    /// <summary>No such user, or the wrong current password.</summary>
    Refused,

    /// <summary>Too many wrong passwords lately.</summary>
    LockedOut,

    /// <summary>Shorter than <see cref="AccountDesk.MinPasswordLength"/>.</summary>
    TooShort,

    /// <summary>The chosen password is the current one.</summary>
    Unchanged,
}
