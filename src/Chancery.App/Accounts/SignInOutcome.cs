namespace Chancery.App.Accounts;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>No such user, or the wrong password: the two are not told apart.</summary>
    Refused,

    /// <summary>Too many wrong passwords lately: refused until the lock ends, even with the right one.</summary>
    LockedOut,
}
