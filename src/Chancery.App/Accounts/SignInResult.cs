using Chancery.Domain;

namespace Chancery.App.Accounts;

/// <summary>What a sign-in came to: the user when it succeeded, the end of the lock when locked out.</summary>
public sealed record SignInResult(SignInOutcome Outcome, UserAccount? User = null, DateTimeOffset? LockedUntil = null);
