using System.Globalization;
using Chancery.Domain;
using System.Data.Common;

namespace Chancery.Store.Sql;

internal sealed partial class SqlSession
{
    private const string UserColumns = "u.id, u.name, u.role, u.clearance, u.password_hash, u.failed_sign_ins, u.locked_until, u.must_change_password";

    public async Task<UserAccount?> UserAsync(string name, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {UserColumns} FROM app_user u WHERE {dialect.CaselessEquals("u.name", "@name")}", ReadUser, cancellationToken, ("@name", name))).SingleOrDefault();

    public async Task<IReadOnlyList<UserAccount>> UsersAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {UserColumns} FROM app_user u ORDER BY u.name", ReadUser, cancellationToken);

    public async Task<UserAccount?> UserByTokenAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {UserColumns} FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = @hash",
            ReadUser, cancellationToken, ("@hash", tokenHash))).SingleOrDefault();

    public async Task<Id<UserAccount>> SaveUserAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        (string, object?)[] columns =
        [
            ("@name", user.Name), ("@role", SqlValues.Slug(user.Role)), ("@clearance", SqlValues.Slug(user.Clearance)),
            ("@hash", user.PasswordHash), ("@failed", user.FailedSignIns), ("@locked", user.LockedUntil?.ToString("O", CultureInfo.InvariantCulture)),
            ("@must_change", user.MustChangePassword ? 1 : 0),
        ];
        try
        {
            if (!user.Id.IsSaved)
            {
                return new Id<UserAccount>((long)(await ScalarAsync(
                    """
                    INSERT INTO app_user (name, role, clearance, password_hash, failed_sign_ins, locked_until, must_change_password, created_at)
                    VALUES (@name, @role, @clearance, @hash, @failed, @locked, @must_change, @now) RETURNING id
                    """,
                    cancellationToken, [.. columns, ("@now", Now())]))!);
            }
            var changed = await ExecuteAsync(
                """
                UPDATE app_user SET name = @name, role = @role, clearance = @clearance, password_hash = @hash, failed_sign_ins = @failed, locked_until = @locked,
                    must_change_password = @must_change
                WHERE id = @id
                """,
                cancellationToken, [.. columns, ("@id", user.Id.Value)]);
            return changed == 1 ? user.Id : throw Invalid($"there is no user #{user.Id} to update");
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            // The only unique column is the name.
            throw Invalid($"there is already a user named {user.Name}");
        }
    }

    public async Task AddApiTokenAsync(Id<UserAccount> user, string name, string tokenHash, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("INSERT INTO api_token (user_id, name, token_hash, created_at) VALUES (@user, @name, @hash, @now)",
            cancellationToken, ("@user", user.Value), ("@name", name), ("@hash", tokenHash), ("@now", Now()));

    private static UserAccount ReadUser(DbDataReader r) =>
        new(r.Text(1), r.Enum<Role>(2), r.Enum<Classification>(3), r.Text(4))
        {
            Id = new Id<UserAccount>(r.Long(0)),
            FailedSignIns = r.Int(5),
            LockedUntil = r.TextOrNull(6) is { } locked ? DateTimeOffset.Parse(locked, CultureInfo.InvariantCulture) : null,
            MustChangePassword = r.Int(7) != 0,
        };
}
