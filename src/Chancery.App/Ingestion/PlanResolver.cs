using System.Text.RegularExpressions;
using Chancery.Domain;

namespace Chancery.App.Ingestion;

/// <summary>
/// Finds the plan of action a text names: by its title or short title, or by its years among the plans of the
/// engagement's sides ("the Comprehensive Plan of Action 2021-2025" of an ASEAN-Russia meeting).
/// </summary>
internal sealed partial class PlanResolver(IReadOnlyList<Plan> plans)
{
    public Plan? Find(string label, IReadOnlyCollection<ActorId> parties)
    {
        var key = NameWords.Key(label);
        if (plans.FirstOrDefault(p => NameWords.Key(p.Title) == key || NameWords.Key(p.ShortTitle) == key) is { } titled)
        {
            return titled;
        }
        var years = Year().Matches(label).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (years.Count < 2)
        {
            return null;
        }
        var fitting = plans.Where(p => years.Contains(p.FirstYear) && years.Contains(p.LastYear) && p.Parties.Count > 0 && p.Parties.All(parties.Contains)).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();
}
