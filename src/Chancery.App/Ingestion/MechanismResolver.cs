using Chancery.Domain;

namespace Chancery.App.Ingestion;

/// <summary>
/// Finds the mechanism an extracted sitting belongs to: among the mechanisms of the engagement's kind and sides,
/// the one whose acronym, alias or name is the one the text gives ("ARSOM"), else the only one whose name ends
/// in the type word the text gives ("SOM", "Summit" for the ASEAN-Russia Summit).
/// </summary>
internal sealed class MechanismResolver(IReadOnlyList<Mechanism> mechanisms)
{
    public Mechanism? Find(string acronym, EngagementKind kind, IReadOnlyCollection<ActorId> parties)
    {
        var wanted = Compact(acronym);
        if (wanted.Length == 0)
        {
            return null;
        }
        var ofTheSides = mechanisms.Where(m => m.Kind == kind && m.Parties.Count > 0 && m.Parties.All(parties.Contains)).ToList();
        var named = ofTheSides.Where(m => Names(m).Any(n => n == wanted)).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }
        var typed = ofTheSides.Where(m => m.Parties.Count == parties.Count && Names(m).Any(n => n.EndsWith(wanted, StringComparison.Ordinal))).ToList();
        return typed.Count == 1 ? typed[0] : null;
    }

    private static IEnumerable<string> Names(Mechanism mechanism) =>
        new[] { mechanism.Acronym, mechanism.Name }.Concat(mechanism.Aliases).OfType<string>().Select(Compact);

    /// <summary>Letters and digits only, upper case: "ASEAN-Russia SOM" is "ASEANRUSSIASOM".</summary>
    private static string Compact(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
}
