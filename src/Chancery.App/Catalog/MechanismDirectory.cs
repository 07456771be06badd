using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App;

/// <summary>
/// Mechanisms with the sittings a reader may know of. A sitting is recorded when an engagement of it is stored; one
/// known only from engagements above the reader's clearance is left out (with it, its date and place), as they are.
/// </summary>
public static class MechanismDirectory
{
    public static Task<IReadOnlyList<Mechanism>> ListAsync(IChanceryStore store, ActorId? party, Classification clearance, CancellationToken cancellationToken = default) =>
        store.ReadAsync<IReadOnlyList<Mechanism>>(async (reader, ct) =>
        {
            var mechanisms = await reader.MechanismsAsync(party, ct);
            if (clearance == Classification.Confidential)
            {
                return mechanisms;
            }
            var visible = new List<Mechanism>(mechanisms.Count);
            foreach (var mechanism in mechanisms)
            {
                var hidden = mechanism.Sittings.Count == 0 ? [] : await HiddenOrdinalsAsync(reader, mechanism.Id, clearance, ct);
                visible.Add(hidden.Count == 0 ? mechanism : mechanism with { Sittings = [.. mechanism.Sittings.Where(s => !hidden.Contains(s.Ordinal))] });
            }
            return visible;
        }, cancellationToken);

    private static async Task<HashSet<int>> HiddenOrdinalsAsync(IStoreReader reader, Key<Mechanism> mechanism, Classification clearance, CancellationToken cancellationToken)
    {
        static IEnumerable<int> Ordinals(EngagementPage page) => page.Rows.Select(r => r.Sitting?.Ordinal).OfType<int>();
        var all = await reader.FindEngagementsAsync(new EngagementQuery { Mechanism = mechanism, Clearance = Classification.Confidential }, cancellationToken);
        var seen = await reader.FindEngagementsAsync(new EngagementQuery { Mechanism = mechanism, Clearance = clearance }, cancellationToken);
        return [.. Ordinals(all).Except(Ordinals(seen))];
    }
}
