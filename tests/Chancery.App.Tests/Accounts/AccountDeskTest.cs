using Chancery.App.Accounts;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Testing;

namespace Chancery.App.Tests.Accounts;

public sealed class AccountDeskTest : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory folder = new();
    private Workspace workspace = null!;

    private AccountDesk DeskAt(DateTimeOffset now) => new(workspace.Store, new FixedClock(now));

    public async Task InitializeAsync() =>
        workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("accounts.db"), IsDefault: false), OpenMode.Initialise);

    public async Task DisposeAsync()
    {
        await workspace.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Given_a_new_user_When_signing_in_with_the_password_given_once_Then_it_succeeds_and_only_a_hash_is_stored()
    {
        var (user, password) = await DeskAt(Noon).AddAsync("Anna", Role.Editor, Classification.Restricted);

        var result = await DeskAt(Noon).SignInAsync("anna", password);

        result.Outcome.ShouldBe(SignInOutcome.SignedIn);
        result.User!.Id.ShouldBe(user.Id);
        result.User.Clearance.ShouldBe(Classification.Restricted);
        var stored = await workspace.Store.ReadAsync((r, ct) => r.UserAsync("Anna", ct));
        stored!.PasswordHash.ShouldNotContain(password);
        stored.PasswordHash.ShouldStartWith("pbkdf2-sha256$600000$");
    }

    [Fact]
    public async Task Given_a_generated_password_When_the_user_chooses_their_own_Then_only_the_new_one_signs_in_and_no_change_is_asked_again()
    {
        var (user, generated) = await DeskAt(Noon).AddAsync("Anna", Role.Viewer, Classification.Public);
        user.MustChangePassword.ShouldBeTrue();

        var outcome = await DeskAt(Noon).ChangePasswordAsync("Anna", generated, "correct horse battery");

        outcome.ShouldBe(PasswordChangeOutcome.Changed);
        (await DeskAt(Noon).SignInAsync("Anna", generated)).Outcome.ShouldBe(SignInOutcome.Refused);
        var signedIn = await DeskAt(Noon).SignInAsync("Anna", "correct horse battery");
        signedIn.Outcome.ShouldBe(SignInOutcome.SignedIn);
        signedIn.User!.MustChangePassword.ShouldBeFalse();
    }

    [Theory]
    [InlineData("short", PasswordChangeOutcome.TooShort)]
    [InlineData(null, PasswordChangeOutcome.Unchanged)]
    public async Task Given_a_password_that_will_not_do_When_chosen_Then_the_old_one_stays(string? chosen, PasswordChangeOutcome expected)
    {
        var (_, generated) = await DeskAt(Noon).AddAsync("Anna", Role.Viewer, Classification.Public);

        (await DeskAt(Noon).ChangePasswordAsync("Anna", generated, chosen ?? generated)).ShouldBe(expected);

        (await DeskAt(Noon).SignInAsync("Anna", generated)).User!.MustChangePassword.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_wrong_current_password_When_changing_it_Then_it_is_refused_and_counts_as_a_failed_sign_in()
    {
        await DeskAt(Noon).AddAsync("Anna", Role.Viewer, Classification.Public);

        (await DeskAt(Noon).ChangePasswordAsync("Anna", "a guess at it", "correct horse battery")).ShouldBe(PasswordChangeOutcome.Refused);

        (await workspace.Store.ReadAsync((r, ct) => r.UserAsync("Anna", ct)))!.FailedSignIns.ShouldBe(1);
    }

    [Theory]
    [InlineData("Anna", "not the password")]
    [InlineData("nobody", "whatever")]
    [InlineData("<script>", "x")]
    public async Task Given_a_wrong_name_or_password_When_signing_in_Then_it_is_refused_alike(string name, string password)
    {
        await DeskAt(Noon).AddAsync("Anna", Role.Viewer, Classification.Public);

        (await DeskAt(Noon).SignInAsync(name, password)).ShouldBe(new SignInResult(SignInOutcome.Refused));
    }

    [Fact]
    public async Task Given_five_wrong_passwords_When_the_right_one_comes_Then_it_is_refused_until_the_lock_ends()
    {
        var (_, password) = await DeskAt(Noon).AddAsync("Anna", Role.Viewer, Classification.Public);
        for (var i = 1; i < AccountDesk.MaxFailedSignIns; i++)
        {
            (await DeskAt(Noon).SignInAsync("Anna", "wrong")).Outcome.ShouldBe(SignInOutcome.Refused);
        }

        (await DeskAt(Noon).SignInAsync("Anna", "wrong")).ShouldBe(new SignInResult(SignInOutcome.LockedOut, LockedUntil: Noon + AccountDesk.LockFor));
        (await DeskAt(Noon.AddMinutes(14)).SignInAsync("Anna", password)).Outcome.ShouldBe(SignInOutcome.LockedOut);
        (await DeskAt(Noon.AddMinutes(16)).SignInAsync("Anna", password)).Outcome.ShouldBe(SignInOutcome.SignedIn);
    }

    [Fact]
    public async Task Given_a_token_issued_to_a_user_When_presented_Then_it_is_that_user_and_the_store_holds_only_its_hash()
    {
        var (user, _) = await DeskAt(Noon).AddAsync("robot", Role.Editor, Classification.Public);

        var token = await DeskAt(Noon).IssueTokenAsync("robot", "nightly ingest");

        token.ShouldStartWith(Secrets.TokenPrefix);
        (await DeskAt(Noon).UserOfTokenAsync(token))!.Id.ShouldBe(user.Id);
        (await DeskAt(Noon).UserOfTokenAsync(token + "x")).ShouldBeNull();
        (await workspace.Store.ReadAsync((r, ct) => r.UserByTokenAsync(token, ct))).ShouldBeNull();
    }

    [Fact]
    public async Task Given_a_store_without_users_When_the_first_admin_is_asked_for_Then_it_is_made_once()
    {
        var first = await DeskAt(Noon).AddFirstAdminAsync();

        first!.Value.User.Role.ShouldBe(Role.Admin);
        first.Value.User.Clearance.ShouldBe(Classification.Confidential);
        (await DeskAt(Noon).AddFirstAdminAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Given_a_name_taken_in_another_case_When_a_user_is_added_Then_it_is_refused()
    {
        await DeskAt(Noon).AddAsync("Anna", Role.Viewer, Classification.Public);

        var error = await Should.ThrowAsync<StoreException>(() => DeskAt(Noon).AddAsync("ANNA", Role.Viewer, Classification.Public));

        error.Message.ShouldBe("there is already a user named ANNA");
    }
}
