using Chancery.Domain;

namespace Chancery.Web.Api;

/// <summary>A person an editor adds (<c>POST /api/v1/people</c>): the name without honorifics, other spellings, positions.</summary>
public sealed record PersonDraft(string? Name, IReadOnlyList<string>? Aliases = null, IReadOnlyList<PositionDraft>? Positions = null)
{
    public (Person? Person, Dictionary<string, string[]> Problems) ToPerson()
    {
        var problems = new Dictionary<string, string[]>();
        var name = Fields.Required(Name, "name", problems);
        var positions = PositionDraft.ToPositions(Positions, problems);
        return name is null || problems.Count > 0
            ? (null, problems)
            : (new Person(name) { Aliases = Aliases ?? [], Positions = positions }, problems);
    }
}
