using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Accounts;

/// <summary>
/// Users and their credentials: adding a user with a generated password, signing in with lockout after repeated
/// failures, and API tokens for scripts. Passwords and tokens are shown once, to the one who made them, and kept as hashes.
/// </summary>
public sealed class AccountDesk(IChanceryStore store, TimeProvider clock)
{
    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    /// <summary>Checked against when the name is unknown: a refusal then costs what it costs for a known name.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => PasswordHash.Of(Secrets.NewPassword()));

    /// <summary>The shortest password a user may choose.</summary>
    public const int MinPasswordLength = 12;

    /// <summary>
    /// Adds a user with a generated password, returned once. It serves one sign-in: whoever made the account has seen
    /// it, so the user then chooses their own.
    /// </summary>
    /// <exception cref="StoreException">The name is taken.</exception>
    public async Task<(UserAccount User, string Password)> AddAsync(string name, Role role, Classification clearance, CancellationToken cancellationToken = default)
    {
        var password = Secrets.NewPassword();
        var user = new UserAccount(name, role, clearance, PasswordHash.Of(password)) { MustChangePassword = true };
        user = user with { Id = await store.WriteAsync((w, ct) => w.SaveUserAsync(user, ct), cancellationToken) };
        return (user, password);
    }

    /// <summary>The first user of a store with none: an admin cleared for everything. Null when the store has users.</summary>
    public async Task<(UserAccount User, string Password)?> AddFirstAdminAsync(CancellationToken cancellationToken = default) =>
        (await store.ReadAsync((r, ct) => r.UsersAsync(ct), cancellationToken)).Count > 0
            ? null
            : await AddAsync("admin", Role.Admin, Classification.Confidential, cancellationToken);

    public async Task<SignInResult> SignInAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        if (!UserAccount.IsName(name))
        {
            return new SignInResult(SignInOutcome.Refused);
        }
        return await store.WriteAsync(async (w, ct) =>
        {
            var now = clock.GetUtcNow();
            if (await w.UserAsync(name, ct) is not { } user)
            {
                // The same work as for a user that exists, so that timing does not tell which names are taken.
                PasswordHash.Matches(password, DecoyHash.Value);
                return new SignInResult(SignInOutcome.Refused);
            }
            if (user.IsLockedOut(now))
            {
                return new SignInResult(SignInOutcome.LockedOut, LockedUntil: user.LockedUntil);
            }
            if (PasswordHash.Matches(password, user.PasswordHash))
            {
                var signedIn = user with { FailedSignIns = 0, LockedUntil = null };
                await w.SaveUserAsync(signedIn, ct);
                return new SignInResult(SignInOutcome.SignedIn, signedIn);
            }
            var failed = user.FailedSignIns + 1;
            var locked = failed >= MaxFailedSignIns ? now + LockFor : (DateTimeOffset?)null;
            await w.SaveUserAsync(user with { FailedSignIns = locked is null ? failed : 0, LockedUntil = locked }, ct);
            return locked is null ? new SignInResult(SignInOutcome.Refused) : new SignInResult(SignInOutcome.LockedOut, LockedUntil: locked);
        }, cancellationToken);
    }

    /// <summary>
    /// Sets the password a user chooses, given their current one. A wrong current password counts as a failed sign-in,
    /// so that the form cannot be used to guess it past the lockout.
    /// </summary>
    public async Task<PasswordChangeOutcome> ChangePasswordAsync(string name, string current, string chosen, CancellationToken cancellationToken = default)
    {
        if (chosen.Length < MinPasswordLength)
        {
            return PasswordChangeOutcome.TooShort;
        }
        if (chosen == current)
        {
            return PasswordChangeOutcome.Unchanged;
        }
        var signIn = await SignInAsync(name, current, cancellationToken);
        if (signIn is not { Outcome: SignInOutcome.SignedIn, User: { } user })
        {
            return signIn.Outcome == SignInOutcome.LockedOut ? PasswordChangeOutcome.LockedOut : PasswordChangeOutcome.Refused;
        }
        var hash = PasswordHash.Of(chosen);
        await store.WriteAsync((w, ct) => w.SaveUserAsync(user with { PasswordHash = hash, MustChangePassword = false }, ct), cancellationToken);
        return PasswordChangeOutcome.Changed;
    }

    public Task<UserAccount?> UserAsync(string name, CancellationToken cancellationToken = default) =>
        store.ReadAsync((r, ct) => r.UserAsync(name, ct), cancellationToken);

    /// <summary>A new API token for the user, returned once.</summary>
    /// <exception cref="StoreException">There is no such user.</exception>
    public async Task<string> IssueTokenAsync(string userName, string tokenName, CancellationToken cancellationToken = default)
    {
        var token = Secrets.NewToken();
        await store.WriteAsync(async (w, ct) =>
        {
            var user = await w.UserAsync(userName, ct) ?? throw new StoreException(StoreProblem.Invalid, $"there is no user named {userName}");
            await w.AddApiTokenAsync(user.Id, tokenName, Secrets.TokenHash(token), ct);
            return 0;
        }, cancellationToken);
        return token;
    }

    /// <summary>The user a bearer token belongs to, or null.</summary>
    public async Task<UserAccount?> UserOfTokenAsync(string token, CancellationToken cancellationToken = default) =>
        token.StartsWith(Secrets.TokenPrefix, StringComparison.Ordinal)
            ? await store.ReadAsync((r, ct) => r.UserByTokenAsync(Secrets.TokenHash(token), ct), cancellationToken)
            : null;
}
