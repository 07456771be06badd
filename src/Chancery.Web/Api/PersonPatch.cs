using Chancery.App.Registry;

namespace Chancery.Web.Api;

/// <summary>
/// What a script changes about a person (<c>PATCH /api/v1/people/{id}</c>): a new name (the old one stays as an alias),
/// aliases and positions to add. Nothing known is removed.
/// </summary>
public sealed record PersonPatch(string? Name = null, IReadOnlyList<string>? Aliases = null, IReadOnlyList<PositionDraft>? Positions = null)
{
    public (PersonEdit? Edit, Dictionary<string, string[]> Problems) ToEdit()
    {
        var problems = new Dictionary<string, string[]>();
        if (Name is not null)
        {
            Fields.Required(Name, "name", problems);
        }
        var edit = new PersonEdit { Name = Name, Aliases = Aliases ?? [], Positions = PositionDraft.ToPositions(Positions, problems) };
        if (problems.Count == 0 && edit.IsEmpty)
        {
            problems[""] = ["the patch sets no field"];
        }
        return problems.Count > 0 ? (null, problems) : (edit, problems);
    }
}
