using System.Text.RegularExpressions;
using Chancery.Domain;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>
/// The recurring mechanisms of the reference data, found by a name, alias or acronym a text gives them, or by
/// the sides and the kind of meeting: a text's "China-ASEAN Senior Officials' Consultation" is the ACSOC.
/// </summary>
internal sealed partial class MechanismIndex
{
    private readonly Dictionary<string, List<Mechanism>> byKey = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Mechanism> all;

    public MechanismIndex(IEnumerable<Mechanism> mechanisms)
    {
        all = [.. mechanisms];
        foreach (var mechanism in all)
        {
            foreach (var name in mechanism.Aliases.Append(mechanism.Name).Append(mechanism.Acronym ?? ""))
            {
                var key = Key(name);
                if (key.Length > 1)
                {
                    if (!byKey.TryGetValue(key, out var list))
                    {
                        byKey[key] = list = [];
                    }
                    list.Add(mechanism);
                }
            }
        }
    }

    /// <summary>The mechanism a name or acronym means, among those of the given parties if any are known.</summary>
    public Mechanism? ByName(string? name, IReadOnlyCollection<ActorId> parties)
    {
        if (name is null || !byKey.TryGetValue(Key(name), out var found))
        {
            return null;
        }
        return found.FirstOrDefault(m => parties.Count == 0 || parties.All(m.Parties.Contains) || m.Parties.All(parties.Contains)) ?? (found.Count == 1 ? found[0] : null);
    }

    /// <summary>The mechanism of exactly these parties and this kind, when there is one: ASEAN and RU at senior officials' level is the ARSOM.</summary>
    public Mechanism? ByParties(IReadOnlyCollection<ActorId> parties, EngagementKind kind, string? typeWord)
    {
        if (parties.Count == 0)
        {
            return null;
        }
        var matches = all.Where(m => m.Kind == kind && m.Parties.Count == parties.Count && parties.All(m.Parties.Contains)).ToList();
        if (typeWord is not null && matches.Count > 1)
        {
            matches = [.. matches.Where(m => Key(m.Name).EndsWith(Key(typeWord), StringComparison.Ordinal))];
        }
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Names already keyed: texts repeat the names of meetings, and keying one takes a pattern and a fold.</summary>
    private static readonly BoundedMemo<string> Keys = new(name =>
        new([.. Tokenizer.Fold(Bracketed().Replace(name, " ")).Replace("'s", "", StringComparison.Ordinal).Where(char.IsLetterOrDigit)]));

    /// <summary>A name as it is looked up: folded, letters and digits only, without a bracketed acronym ("ASEAN Plus Three (APT) Foreign Ministers' Meeting").</summary>
    private static string Key(string name) => Keys[name];

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Bracketed();
}
