using Chancery.Domain;

namespace Chancery.Web.Api;

/// <summary>A position as a script gives it: "Ambassador" of RU to ASEAN, from 2021-09-01.</summary>
public sealed record PositionDraft(string? Title, string? Affiliation, string? AccreditedTo = null, string? Portfolio = null, string? From = null, string? To = null)
{
    /// <summary>The position, or null with its problems noted under <paramref name="name"/>.</summary>
    public Position? ToPosition(string name, Dictionary<string, string[]> problems)
    {
        var title = Fields.Required(Title, $"{name}.title", problems);
        var affiliation = Fields.Required(Affiliation, $"{name}.affiliation", problems) is null ? null : Fields.Actor(Affiliation, $"{name}.affiliation", problems);
        var accreditedTo = Fields.Actor(AccreditedTo, $"{name}.accredited_to", problems);
        var from = Fields.Day(From, $"{name}.from", problems);
        var to = Fields.Day(To, $"{name}.to", problems);
        if (to < from)
        {
            problems[$"{name}.to"] = [$"a position cannot end ({To}) before it begins ({From})"];
            return null;
        }
        return title is null || affiliation is null
            ? null
            : new Position(title, affiliation.Value, from, to) { AccreditedTo = accreditedTo, Portfolio = string.IsNullOrWhiteSpace(Portfolio) ? null : Portfolio.Trim() };
    }

    public static IReadOnlyList<Position> ToPositions(IReadOnlyList<PositionDraft>? drafts, Dictionary<string, string[]> problems) =>
        [.. (drafts ?? []).Select((draft, i) => draft.ToPosition($"positions[{i}]", problems)).OfType<Position>()];
}
