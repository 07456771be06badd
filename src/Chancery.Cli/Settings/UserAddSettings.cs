using System.ComponentModel;
using Chancery.Domain;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>Options of <c>chancery user add</c>.</summary>
public sealed class UserAddSettings : StoreSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The name to sign in with: letters, digits, '.', '_' or '-'.")]
    public string Name { get; init; } = "";

    [CommandOption("--role <ROLE>")]
    [Description("viewer (reads), editor (also reviews, edits, ingests) or admin (also manages users). Default: viewer")]
    [DefaultValue("viewer")]
    public string Role { get; init; } = "viewer";

    [CommandOption("--clearance <LEVEL>")]
    [Description("The highest classification the user may see: public, restricted or confidential. Default: public")]
    [DefaultValue("public")]
    public string Clearance { get; init; } = "public";

    public Role RoleValue => Taxonomy<Role>.TryParse(Role, out var role) ? role : default;

    public Classification ClearanceValue => Taxonomy<Classification>.TryParse(Clearance, out var clearance) ? clearance : default;

    public override ValidationResult Validate() =>
        !UserAccount.IsName(Name) ? ValidationResult.Error($"'{Name}' is not a user name: use 1 to {UserAccount.MaxNameLength} letters, digits, '.', '_' or '-'")
        : !Taxonomy<Role>.TryParse(Role, out _) ? ValidationResult.Error($"--role takes one of: {string.Join(", ", Taxonomy<Role>.Slugs)}; not '{Role}'")
        : !Taxonomy<Classification>.TryParse(Clearance, out _) ? ValidationResult.Error($"--clearance takes one of: {string.Join(", ", Taxonomy<Classification>.Slugs)}; not '{Clearance}'")
        : ValidationResult.Success();
}
