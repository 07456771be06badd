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
            var visible = new List<Mechanism>(mechanisms.Count);
            foreach (var mechanism in mechanisms)
            {
                visible.Add(await VisibleAsync(reader, mechanism, clearance, ct));
            }
            return visible;
        }, cancellationToken);

    /// <summary>The mechanism with the sittings the reader may know of, or null when there is none of that id.</summary>
    public static Task<Mechanism?> FindAsync(IChanceryStore store, Key<Mechanism> id, Classification clearance, CancellationToken cancellationToken = default) =>
        store.ReadAsync(async (reader, ct) => await reader.MechanismAsync(id, ct) is { } mechanism ? await VisibleAsync(reader, mechanism, clearance, ct) : null, cancellationToken);

    private static async Task<Mechanism> VisibleAsync(IStoreReader reader, Mechanism mechanism, Classification clearance, CancellationToken cancellationToken)
    {
        if (clearance == Classification.Confidential || mechanism.Sittings.Count == 0)
        {
            return mechanism;
        }
        var hidden = await HiddenOrdinalsAsync(reader, mechanism.Id, clearance, cancellationToken);
        return hidden.Count == 0 ? mechanism : mechanism with { Sittings = [.. mechanism.Sittings.Where(s => !hidden.Contains(s.Ordinal))] };
    }

    private static async Task<HashSet<int>> HiddenOrdinalsAsync(IStoreReader reader, Key<Mechanism> mechanism, Classification clearance, CancellationToken cancellationToken)
    {
        static IEnumerable<int> Ordinals(EngagementPage page) => page.Rows.Select(r => r.Sitting?.Ordinal).OfType<int>();
        var all = await reader.FindEngagementsAsync(new EngagementQuery { Mechanism = mechanism, Clearance = Classification.Confidential }, cancellationToken);
        var seen = await reader.FindEngagementsAsync(new EngagementQuery { Mechanism = mechanism, Clearance = clearance }, cancellationToken);
        return [.. Ordinals(all).Except(Ordinals(seen))];
    }
}
